package app.kith.digest;

import app.kith.shared.AccountId;
import java.time.LocalDate;
import org.springframework.context.ApplicationContext;

/** Unsubscribe tokens for tests of the pages that take them, as a digest sent on {@code day} carries. */
public final class UnsubscribeLinks {
    private UnsubscribeLinks() {
    }

    public static String token(ApplicationContext context, AccountId account, LocalDate day) {
        return context.getBean(UnsubscribeTokens.class).issue(account, day);
    }
}
