-- A month of the calendar reads every birthday in it (thousands in a large network): this index
-- holds what it shows, so the read never visits the people rows themselves (issue 6 targets). Only
-- people with a birthday are in it: an import of thousands of contacts without one adds nothing.
DROP INDEX people_by_birthday;
CREATE INDEX people_by_birthday ON people (account_id, birthday_month, birthday_day, birthday_year, display_name, id)
    WHERE birthday_month IS NOT NULL;
