package se.vinr.ledger.query.organisation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A unit as the tracking views measure it: its department and who runs it never change once registered. */
public record TrackedUnit(String unitId, String name, String department, String operator) {

    /** Departments by name, units without a department first. */
    public static final Comparator<String> DEPARTMENT_ORDER = Comparator.nullsFirst(Comparator.naturalOrder());

    /** Whether the unit belongs to {@code department}; every unit does to none (null: the whole municipality). */
    public boolean isIn(String department) {
        return department == null || department.equals(this.department);
    }

    /** The units of each department, departments in {@link #DEPARTMENT_ORDER}, units in the order given. */
    public static Map<String, List<TrackedUnit>> byDepartment(List<TrackedUnit> units) {
        Map<String, List<TrackedUnit>> byDepartment = new TreeMap<>(DEPARTMENT_ORDER);
        units.forEach(unit -> byDepartment.computeIfAbsent(unit.department(), department -> new ArrayList<>())
                .add(unit));
        return byDepartment;
    }
}
