package app.kith.testing;

import app.kith.accounts.AccountService;
import app.kith.shared.AccountId;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.Extension;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestTemplateInvocationContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContextProvider;
import org.springframework.context.ApplicationContext;

/** Runs each {@link DatabaseTest} on SQLite and on PostgreSQL. */
class BothDatabases implements TestTemplateInvocationContextProvider {

    @Override
    public boolean supportsTestTemplate(ExtensionContext context) {
        return context.getRequiredTestMethod().isAnnotationPresent(DatabaseTest.class);
    }

    @Override
    public Stream<TestTemplateInvocationContext> provideTestTemplateInvocationContexts(ExtensionContext context) {
        return Stream.of(TestDatabases.Vendor.values()).map(On::new);
    }

    private record On(TestDatabases.Vendor vendor) implements TestTemplateInvocationContext {

        @Override
        public String getDisplayName(int invocationIndex) {
            return vendor.name().toLowerCase();
        }

        @Override
        public List<Extension> getAdditionalExtensions() {
            return List.of(new Beans(vendor));
        }
    }

    /** Resolves parameters from the vendor's application context; AccountId means a fresh account. */
    private record Beans(TestDatabases.Vendor vendor) implements ParameterResolver {

        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext extension) {
            return true;
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext extension) {
            ApplicationContext context = TestDatabases.context(vendor);
            Class<?> type = parameter.getParameter().getType();
            if (type == AccountId.class) {
                return TestAccounts.fresh(context.getBean(AccountService.class));
            }
            if (type == TestDatabases.Vendor.class) {
                return vendor;
            }
            return context.getBean(type);
        }
    }
}
