package cn.duban.ledger;

import java.util.List;

/** A person from {@code config/users.yaml}: their login id, name, e-mail and the groups they belong to. */
public record UserEntry(String id, String firstName, String lastName, String email, List<String> groups) {
}
