package app.kith.digest;

import app.kith.outbound.HttpAnswer;
import app.kith.outbound.OutboundException;
import app.kith.outbound.OutboundGuard;
import app.kith.outbound.OutboundHttp;
import java.time.LocalDate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The digest as a JSON POST to the account's webhook, through the outbound guard. {@code text} holds
 * the whole digest as plain text, which Slack, Mattermost and ntfy (with a message template) show
 * as it is; {@code <}, {@code >} and {@code &} are escaped as Slack asks, so a name cannot mention
 * a channel. The digest itself rides along for anything that reads JSON.
 */
@Component
class WebhookChannel {
    private final OutboundHttp http;
    private final OutboundGuard guard;
    private final JsonMapper json;

    WebhookChannel(OutboundHttp http, OutboundGuard guard, JsonMapper json) {
        this.http = http;
        this.guard = guard;
        this.json = json;
    }

    /** The JSON a webhook receives. */
    record Payload(String text, String subject, LocalDate date, DigestLinks links, DigestContent digest) {
    }

    String send(String url, DigestContent digest, RenderedDigest rendered, DigestLinks links) throws ChannelFailure {
        String body = json.writeValueAsString(new Payload(chatText(rendered.text()), rendered.subject(), digest.date(),
                links, digest));
        HttpAnswer answer;
        try {
            answer = http.postJson(guard.url("webhookUrl", url), body);
        } catch (OutboundException e) {
            throw new ChannelFailure("the webhook " + e.getMessage(), e.refused());
        }
        if (!answer.ok()) {
            int status = answer.status();
            throw new ChannelFailure("the webhook answered " + answer.summary(),
                    status < 500 && status != 408 && status != 429);
        }
        return answer.summary();
    }

    static String chatText(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
