package app.kith.testing;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.accounts.AccountService;
import app.kith.people.PeopleFilter;
import app.kith.people.PeopleService;
import app.kith.people.PersonSummary;
import app.kith.shared.AccountId;
import app.kith.shared.Page;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.util.ClassUtils;

/**
 * What a module test's checks ({@link ModuleDatabases}, {@link ModuleUnderTest}) start from: each
 * works in a new account, empty but for its self person, and adds the people it needs (every module
 * works with people). It checks that the context holds beans of the modules
 * {@link ModuleUnderTest#booted} names and of no others.
 */
public abstract class ModuleChecks {
    private static final String MODULES = "app.kith.";

    @Autowired
    protected PeopleService people;
    @Autowired
    private AccountService accounts;
    @Autowired
    private ConfigurableApplicationContext context;

    /** The account this check works in. */
    protected AccountId account;

    @BeforeEach
    void workInANewAccount() {
        account = newAccount();
    }

    /** A new account, empty but for its self person. */
    protected AccountId newAccount() {
        return TestAccounts.fresh(accounts);
    }

    /** Adds a person in a circle (or null) to the account; returns the id. */
    protected String person(String name, String circle) {
        return TestPeople.add(people, account, name, circle, null, null);
    }

    /** The names of an account's people, self left out, in name order (up to 100). */
    protected List<String> names(AccountId in) {
        return people.list(in, new PeopleFilter(null, null, null, null, null, null), Page.Request.of(0, 100))
                .items().stream().filter(p -> !p.self()).map(PersonSummary::name).toList();
    }

    @Test
    void bootsOnlyTheModulesItNeeds() {
        ModuleUnderTest test = AnnotatedElementUtils.findMergedAnnotation(getClass(), ModuleUnderTest.class);
        assertThat(test).as("the checks' @ModuleUnderTest").isNotNull();
        assertThat(bootedModules()).containsExactlyInAnyOrder(test.booted());
    }

    /** The modules that have beans in the context, by name (the package under app.kith). */
    private Set<String> bootedModules() {
        Set<String> modules = new TreeSet<>();
        for (String name : context.getBeanDefinitionNames()) {
            Class<?> type = context.getBeanFactory().getType(name, false);
            String pkg = type == null ? "" : ClassUtils.getUserClass(type).getPackageName();
            if (pkg.startsWith(MODULES)) {
                modules.add(pkg.substring(MODULES.length()).split("\\.")[0]);
            }
        }
        return modules;
    }
}
