package org.hyperedge.master.accounting;

import java.util.Arrays;
import java.util.stream.Collectors;

/** What is metered and billed, each in the unit of its usage-record column. */
public enum Resource {
    CPU("cpu-second", "cpu_seconds"),
    MEMORY("memory-mb-hour", "memory_mb_hours"),
    DISK("disk-mb-hour", "disk_mb_hours"),
    INSTANCE("instance-hour", "instance_hours");

    private final String unit;
    private final String column;

    Resource(String unit, String column) {
        this.unit = unit;
        this.column = column;
    }

    /** The unit a price is per, as admins type and read it ({@code cpu-second}, ...). */
    public String unit() {
        return unit;
    }

    /** The usage_record column that holds the quantity. */
    public String column() {
        return column;
    }

    public static Resource parse(String unit) {
        for (Resource resource : values()) {
            if (resource.unit.equals(unit)) {
                return resource;
            }
        }
        throw new IllegalArgumentException("unknown resource unit '" + unit + "': expected one of "
                + Arrays.stream(values()).map(Resource::unit).collect(Collectors.joining(", ")));
    }
}
