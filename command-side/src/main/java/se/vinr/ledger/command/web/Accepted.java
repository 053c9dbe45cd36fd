package se.vinr.ledger.command.web;

/** The answer to every accepted write: the addressed resource's id and the aggregate version after the command. */
public record Accepted(String id, long version) {
}
