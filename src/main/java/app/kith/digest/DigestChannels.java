package app.kith.digest;

import app.kith.accounts.AccountService;
import app.kith.shared.AccountId;
import app.kith.shared.BaseUrl;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Renders a digest with its links and hands it to a channel; the one way every send goes out. */
@Component
class DigestChannels {
    private final DigestRenderer renderer;
    private final EmailChannel email;
    private final WebhookChannel webhook;
    private final MailServer mail;
    private final AccountService accounts;
    private final BaseUrl baseUrl;
    private final UnsubscribeTokens tokens;

    DigestChannels(DigestRenderer renderer, EmailChannel email, WebhookChannel webhook, MailServer mail,
                   AccountService accounts, BaseUrl baseUrl, UnsubscribeTokens tokens) {
        this.renderer = renderer;
        this.email = email;
        this.webhook = webhook;
        this.mail = mail;
        this.accounts = accounts;
        this.baseUrl = baseUrl;
        this.tokens = tokens;
    }

    /** Sends the digest on the channel and returns the receiving server's answer. */
    String send(AccountId account, Channel channel, DigestSchedule schedule, DigestContent digest, LocalDate today,
                boolean test) throws ChannelFailure {
        DigestLinks links = links(account, today);
        RenderedDigest rendered = renderer.render(digest, links, test);
        return switch (channel) {
            case EMAIL -> email.send(accounts.get(account).email(), rendered, links);
            case WEBHOOK -> {
                if (schedule.webhookUrl() == null) {
                    throw new ChannelFailure("no webhook URL is set", true);
                }
                yield webhook.send(schedule.webhookUrl(), digest, rendered, links);
            }
        };
    }

    /** The links of a digest sent on {@code today}, or none when the server has no base URL. */
    DigestLinks links(AccountId account, LocalDate today) {
        return baseUrl.configured()
                .map(base -> new DigestLinks(base, base + "/digest/unsubscribe/" + tokens.issue(account, today)))
                .orElse(new DigestLinks(null, null));
    }

    /** Why a channel cannot work on this server, or empty. */
    Optional<String> problem(Channel channel) {
        return channel == Channel.EMAIL ? mail.problem() : Optional.empty();
    }

    /** Why digests carry no links, or empty when they do. */
    Optional<String> linksProblem() {
        return baseUrl.configured().isPresent() ? Optional.empty()
                : Optional.of("digests carry no links: the server's operator has not set KITH_BASE_URL");
    }
}
