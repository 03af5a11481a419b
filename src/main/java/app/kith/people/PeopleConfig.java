package app.kith.people;

import app.kith.storage.Database;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class PeopleConfig {

    @Bean
    FullTextSearch fullTextSearch(Database database) {
        return database.isSqlite() ? new SqliteFullTextSearch() : new PostgresFullTextSearch();
    }
}
