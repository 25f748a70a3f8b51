package se.vaksam.org;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.vaksam.org.ImportPlan.PersonLine;
import se.vaksam.org.ImportPlan.PlacementLine;
import se.vaksam.org.ImportPlan.UnitLine;
import se.vaksam.org.TransferTable.Row;

/**
 * Checks every row of an import against the file itself and the stored organisation, and
 * collects every problem; only a file without problems becomes an {@link ImportPlan}.
 */
final class ImportChecker {

    private final OrgSnapshot stored;
    private final ImportPermissions permissions;
    private final List<ImportProblem> problems = new ArrayList<>();

    ImportChecker(OrgSnapshot stored, ImportPermissions permissions) {
        this.stored = stored;
        this.permissions = permissions;
    }

    List<ImportProblem> problems() {
        return List.copyOf(problems);
    }

    ImportPlan check(Map<TransferKind, TransferTable> tables) {
        List<UnitLine> units = usable(tables.get(TransferKind.UNITS)) ? units(tables.get(TransferKind.UNITS)) : List.of();
        List<PersonLine> people = usable(tables.get(TransferKind.PEOPLE)) ? people(tables.get(TransferKind.PEOPLE)) : List.of();
        List<PlacementLine> placements = usable(tables.get(TransferKind.PLACEMENTS))
                ? placements(tables.get(TransferKind.PLACEMENTS), units, people) : List.of();
        return new ImportPlan(units, people, placements);
    }

    private boolean usable(TransferTable table) {
        if (table == null) {
            return false;
        }
        table.missingColumns().forEach(column -> report(table, 1, column, "org.import.missingColumn"));
        return table.missingColumns().isEmpty();
    }

    private List<UnitLine> units(TransferTable table) {
        Map<String, UnitLine> byCode = new LinkedHashMap<>();
        for (Row row : table.rows()) {
            String code = required(table, row, "code");
            String name = required(table, row, "name");
            String typeName = required(table, row, "type");
            OrgUnitType type = null;
            if (!typeName.isEmpty()) {
                try {
                    type = OrgUnitType.valueOf(typeName);
                } catch (IllegalArgumentException e) {
                    report(table, row.number(), "type", "org.import.unknownType", typeName);
                }
            }
            String parent = row.get("parent_code");
            if (code.isEmpty()) {
                continue;
            }
            if (byCode.containsKey(code)) {
                report(table, row.number(), "code", "org.import.duplicateCode", code, byCode.get(code).row());
                continue;
            }
            byCode.put(code, new UnitLine(row.number(), code, name, type, parent.isEmpty() ? null : parent));
        }
        checkTree(table, byCode);
        return List.copyOf(byCode.values());
    }

    /** Parents exist, no cycles, parent types allowed: for the tree as it will be after the import. */
    private void checkTree(TransferTable table, Map<String, UnitLine> lines) {
        Map<String, String> parentOf = new LinkedHashMap<>();
        Map<String, OrgUnitType> typeOf = new HashMap<>();
        stored.unitsByCode().values().forEach(u -> {
            parentOf.put(u.code(), stored.parentCodeOf(u));
            typeOf.put(u.code(), u.type());
        });
        lines.values().forEach(l -> {
            parentOf.put(l.code(), l.parentCode());
            typeOf.put(l.code(), l.type());
        });
        Set<String> inCycles = TreeRules.inCycles(parentOf);
        for (UnitLine line : lines.values()) {
            if (line.parentCode() != null && !parentOf.containsKey(line.parentCode())) {
                report(table, line.row(), "parent_code", "org.import.unknownUnit", line.parentCode());
            } else if (inCycles.contains(line.code())) {
                report(table, line.row(), "parent_code", "org.import.cycle", line.code(), line.parentCode());
            } else if (line.type() != null) {
                checkParentType(table, line, line.parentCode() == null ? null : typeOf.get(line.parentCode()));
            }
        }
        for (Map.Entry<String, String> entry : parentOf.entrySet()) {
            UnitLine parentLine = entry.getValue() == null ? null : lines.get(entry.getValue());
            if (!lines.containsKey(entry.getKey()) && parentLine != null && parentLine.type() != null
                    && !TreeRules.allowedParent(typeOf.get(entry.getKey()), parentLine.type())) {
                report(table, parentLine.row(), "type", "org.import.childTypeNotAllowed", entry.getKey(),
                        TreeRules.label(typeOf.get(entry.getKey())), TreeRules.label(parentLine.type()));
            }
        }
        lines.values().stream().filter(l -> l.type() != null && stored.unitDiffers(l))
                .filter(l -> !permissions.mayWriteUnit(l, stored))
                .forEach(l -> report(table, l.row(), "code", "org.import.unitNotWritable", l.code()));
    }

    private void checkParentType(TransferTable table, UnitLine line, OrgUnitType parentType) {
        if (parentType == null && line.parentCode() != null) {
            return; // the parent's own row already reports its unknown type
        }
        if (!TreeRules.allowedParent(line.type(), parentType)) {
            if (parentType == null) {
                report(table, line.row(), "parent_code", "org.import.parentRequired", TreeRules.label(line.type()));
            } else {
                report(table, line.row(), "parent_code", "org.import.parentTypeNotAllowed",
                        TreeRules.label(line.type()), TreeRules.label(parentType), line.parentCode());
            }
        }
    }

    private List<PersonLine> people(TransferTable table) {
        Map<String, PersonLine> byUsername = new LinkedHashMap<>();
        for (Row row : table.rows()) {
            String username = required(table, row, "username");
            String given = required(table, row, "given_name");
            String family = required(table, row, "family_name");
            String confidential = row.get("confidential").toLowerCase(java.util.Locale.ROOT);
            if (!confidential.isEmpty() && !confidential.equals("true") && !confidential.equals("false")) {
                report(table, row.number(), "confidential", "org.import.badBoolean", row.get("confidential"));
            }
            if (username.isEmpty()) {
                continue;
            }
            if (byUsername.containsKey(username)) {
                report(table, row.number(), "username", "org.import.duplicateUsername", username,
                        byUsername.get(username).row());
                continue;
            }
            PersonLine line = new PersonLine(row.number(), username, given, family, blankToNull(row.get("email")),
                    blankToNull(row.get("title")), confidential.equals("true"));
            if (stored.personDiffers(line) && !permissions.mayWritePerson(line, stored)) {
                report(table, row.number(), "username", "org.import.personNotWritable", username);
            }
            byUsername.put(username, line);
        }
        return List.copyOf(byUsername.values());
    }

    private List<PlacementLine> placements(TransferTable table, List<UnitLine> units, List<PersonLine> people) {
        Set<String> unitCodes = new java.util.HashSet<>(stored.unitsByCode().keySet());
        units.forEach(u -> unitCodes.add(u.code()));
        Set<String> usernames = new java.util.HashSet<>(stored.peopleByUsername().keySet());
        people.forEach(p -> usernames.add(p.username()));
        Map<List<Object>, Integer> seen = new HashMap<>();
        List<PlacementLine> lines = new ArrayList<>();
        for (Row row : table.rows()) {
            String username = required(table, row, "username");
            String unitCode = required(table, row, "unit_code");
            String roleName = required(table, row, "role");
            if (!username.isEmpty() && !usernames.contains(username)) {
                report(table, row.number(), "username", "org.import.unknownPerson", username);
            }
            if (!unitCode.isEmpty() && !unitCodes.contains(unitCode)) {
                report(table, row.number(), "unit_code", "org.import.unknownUnit", unitCode);
            }
            PlacementRole role = PlacementRole.parse(roleName).orElse(null);
            if (role == null && !roleName.isEmpty()) {
                report(table, row.number(), "role", "org.import.unknownRole", roleName);
            }
            LocalDate from = date(table, row, "valid_from", true);
            LocalDate to = date(table, row, "valid_to", false);
            if (from != null && to != null && to.isBefore(from)) {
                report(table, row.number(), "valid_to", "org.import.endBeforeStart", to, from);
            }
            PlacementLine line = new PlacementLine(row.number(), username, unitCode, role, from, to);
            Integer earlier = seen.putIfAbsent(List.of(username, unitCode, roleName, String.valueOf(from)), row.number());
            if (earlier != null) {
                report(table, row.number(), "valid_from", "org.import.duplicatePlacement", earlier);
            }
            lines.add(line);
        }
        lines.stream().filter(l -> l.role() != null && l.validFrom() != null && stored.unitsByCode().containsKey(l.unitCode()))
                .filter(l -> changes(l) && !permissions.mayWritePlacement(l, stored))
                .forEach(l -> report(table, l.row(), "role", "org.import.roleNotGrantable", l.role(), l.unitCode()));
        return List.copyOf(lines);
    }

    private boolean changes(PlacementLine line) {
        Placement existing = stored.placement(line.username(), line.unitCode(), line.role(), line.validFrom());
        return existing == null || !java.util.Objects.equals(existing.validTo(), line.validTo());
    }

    private LocalDate date(TransferTable table, Row row, String column, boolean required) {
        String value = required ? required(table, row, column) : row.get(column);
        if (value.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            report(table, row.number(), column, "org.import.badDate", value);
            return null;
        }
    }

    private String required(TransferTable table, Row row, String column) {
        String value = row.get(column);
        if (value.isEmpty()) {
            report(table, row.number(), column, "org.import.valueMissing");
        }
        return value;
    }

    private static String blankToNull(String value) {
        return value.isEmpty() ? null : value;
    }

    private void report(TransferTable table, int row, String column, String key, Object... args) {
        problems.add(new ImportProblem(table.source(), row, column, key, args));
    }
}
