package app.kith.testing;

import app.kith.accounts.AccountService;
import app.kith.shared.AccountId;
import org.springframework.context.ApplicationContext;

/**
 * One account on SQLite for tests that only ever import as a dry run, so it stays empty however
 * many files they try: the fuzz tests make it once per JVM, not once per input.
 */
public record DryRunAccount(ApplicationContext context, AccountId id) {
    private static DryRunAccount shared;

    public static synchronized DryRunAccount onSqlite() {
        if (shared == null) {
            ApplicationContext context = TestDatabases.context(TestDatabases.Vendor.SQLITE);
            shared = new DryRunAccount(context, TestAccounts.fresh(context.getBean(AccountService.class)));
        }
        return shared;
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }
}
