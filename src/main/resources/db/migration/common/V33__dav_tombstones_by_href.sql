-- A card PUT under a name frees it from the tombstone of a deleted card of that name (issue 16): found
-- by this index rather than by reading every card of the account. Tombstones are few, so it is small.
CREATE INDEX dav_cards_gone_by_href ON dav_cards (account_id, href) WHERE deleted = 1;
