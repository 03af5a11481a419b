package app.kith.people;

import app.kith.storage.Database;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

@Configuration(proxyBeanMethods = false)
class PeopleConfig {

    @Bean
    FullTextSearch fullTextSearch(Database database, JdbcClient jdbc) {
        return database.isSqlite() ? new SqliteFullTextSearch(jdbc) : new PostgresFullTextSearch(jdbc);
    }
}
