/**
 * Server secrets: the key that signs links Kith sends out (unsubscribe tokens) and seals the
 * credentials it keeps (mailbox passwords), from {@code KITH_SECRET_KEY} or made once and kept in the
 * database so every node shares it.
 */
package app.kith.secrets;
