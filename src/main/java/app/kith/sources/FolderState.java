package app.kith.sources;

/** Where a mailbox folder was read up to: its UIDVALIDITY then, and the last UID read. */
record FolderState(long uidValidity, long lastUid) {
}
