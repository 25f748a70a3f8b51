package se.vaksam.security;

/**
 * One role held at one unit: the input of the scope rule. {@code unitId} is null only for a
 * role that reaches everything (the system administrator) granted without a unit.
 */
record Grant(Role role, Long unitId) {
}
