package app.kith.organizations;

import app.kith.shared.AccountId;
import app.kith.shared.Choice;
import app.kith.storage.IdFilter;
import app.kith.storage.MultiRow;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The affiliations table, scoped to one account; rows come back with their organization's name. */
@Repository
class Affiliations {
    /** An affiliation's organization, found by its key. */
    private static final String ITS_ORGANIZATION =
            "FROM organizations o WHERE o.account_id = a.account_id AND o.id = a.organization_id";
    private static final String SELECT = select("o.name", "o.kind",
            "affiliations a JOIN organizations o ON o.account_id = a.account_id AND o.id = a.organization_id");
    /**
     * The same rows for a few people, each row's organization looked up by its key. Joined, PostgreSQL
     * hashes every organization of the account for a handful of rows: 0.3-0.5 ms of a person page at
     * 1,000 organizations (issue 13). For many people the join stays, as a lookup per row costs more.
     */
    private static final String SELECT_FEW = select("(SELECT o.name " + ITS_ORGANIZATION + ")",
            "(SELECT o.kind " + ITS_ORGANIZATION + ")", "affiliations a");
    /** At most this many people's affiliations are read with {@link #SELECT_FEW}. */
    private static final int FEW = 10;
    private static final String ORDER = " ORDER BY CASE WHEN a.end_year IS NULL THEN 0 ELSE 1 END,"
            + " COALESCE(a.start_year, 0) DESC, a.id";
    private static final String INSERT = """
            INSERT INTO affiliations (account_id, id, person_id, organization_id, role, title, start_year, start_date,
                end_year, end_date, created_at)""";

    /** The affiliation rows with their organization's name and kind, given how those two are read. */
    private static String select(String name, String kind, String from) {
        return "SELECT a.id, a.person_id, a.organization_id, " + name + " AS name, " + kind + " AS kind, a.role,"
                + " a.title, a.start_year, a.start_date, a.end_year, a.end_date FROM " + from;
    }

    /** An affiliation as stored, before it is joined to its organization. */
    record Row(String id, String personId, String organizationId, AffiliationRole role, String title,
               YearOrDate start, YearOrDate end, String createdAt) {
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    Affiliations(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    void insertAll(AccountId account, List<Row> rows) {
        List<Object[]> values = new ArrayList<>(rows.size());
        for (Row r : rows) {
            values.add(new Object[] {account.value(), r.id(), r.personId(), r.organizationId(), r.role().wire(),
                r.title(), r.start() == null ? null : r.start().year(), date(r.start()),
                r.end() == null ? null : r.end().year(), date(r.end()), r.createdAt()});
        }
        MultiRow.insert(batch, INSERT, values);
    }

    void update(AccountId account, Row r) {
        jdbc.sql("""
                UPDATE affiliations SET organization_id = ?, role = ?, title = ?, start_year = ?, start_date = ?,
                    end_year = ?, end_date = ? WHERE account_id = ? AND id = ?""")
                .params(r.organizationId(), r.role().wire(), r.title(),
                        r.start() == null ? null : r.start().year(), date(r.start()),
                        r.end() == null ? null : r.end().year(), date(r.end()), account.value(), r.id())
                .update();
    }

    boolean delete(AccountId account, String id) {
        return jdbc.sql("DELETE FROM affiliations WHERE account_id = ? AND id = ?")
                .params(account.value(), id).update() > 0;
    }

    Optional<Affiliation> find(AccountId account, String id) {
        return jdbc.sql(SELECT_FEW + " WHERE a.account_id = ? AND a.id = ?").params(account.value(), id)
                .query(Affiliations::row).optional();
    }

    List<Affiliation> ofPeople(AccountId account, Collection<String> personIds) {
        if (personIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql((personIds.size() <= FEW ? SELECT_FEW : SELECT) + " WHERE a.account_id = :account"
                        + " AND a.person_id IN (:ids)" + ORDER)
                .param("account", account.value()).param("ids", personIds).query(Affiliations::row).list();
    }

    /** The current "works at" affiliations of the given people, most recent first. */
    List<Affiliation> currentJobs(AccountId account, Collection<String> personIds) {
        if (personIds.isEmpty()) {
            return List.of();
        }
        IdFilter only = IdFilter.on("a.person_id", personIds);
        return jdbc.sql(SELECT + " WHERE a.account_id = :account AND a.role = :role AND a.end_year IS NULL" + only.sql()
                        + ORDER)
                .param("account", account.value()).param("role", AffiliationRole.WORKS_AT.wire()).params(only.params())
                .query(Affiliations::row).list().stream().filter(a -> only.keeps().test(a.personId())).toList();
    }

    /** Each person's organization names and titles, the words people search finds them by. */
    Map<String, List<String>> organizationsAndTitles(AccountId account, Collection<String> personIds) {
        Map<String, List<String>> terms = new HashMap<>();
        if (personIds.isEmpty()) {
            return terms;
        }
        IdFilter only = IdFilter.on("a.person_id", personIds);
        jdbc.sql("""
                SELECT a.person_id, o.name, a.title FROM affiliations a
                JOIN organizations o ON o.account_id = a.account_id AND o.id = a.organization_id
                WHERE a.account_id = :account%s""".formatted(only.sql()))
                .param("account", account.value()).params(only.params())
                .query((ResultSet rs) -> {
                    if (only.keeps().test(rs.getString(1))) {
                        AffiliationSearchTerms.add(terms, rs.getString(1), rs.getString(2), rs.getString(3));
                    }
                });
        return terms;
    }

    List<Affiliation> ofOrganization(AccountId account, String organizationId) {
        return jdbc.sql(SELECT + " WHERE a.account_id = ? AND a.organization_id = ?" + ORDER)
                .params(account.value(), organizationId).query(Affiliations::row).list();
    }

    List<String> peopleOf(AccountId account, String organizationId) {
        return jdbc.sql("SELECT DISTINCT person_id FROM affiliations WHERE account_id = ? AND organization_id = ?")
                .params(account.value(), organizationId).query(String.class).list();
    }

    private static String date(YearOrDate value) {
        return value == null || value.date() == null ? null : value.date().toString();
    }

    private static YearOrDate yearOrDate(ResultSet rs, String year, String date) throws SQLException {
        int y = rs.getInt(year);
        if (rs.wasNull()) {
            return null;
        }
        String d = rs.getString(date);
        return new YearOrDate(y, d == null ? null : LocalDate.parse(d));
    }

    private static Affiliation row(ResultSet rs, int n) throws SQLException {
        return new Affiliation(rs.getString("id"), rs.getString("person_id"), rs.getString("organization_id"),
                rs.getString("name"), Choice.parse(OrganizationKind.class, "kind", rs.getString("kind")),
                Choice.parse(AffiliationRole.class, "role", rs.getString("role")), rs.getString("title"),
                yearOrDate(rs, "start_year", "start_date"), yearOrDate(rs, "end_year", "end_date"));
    }
}
