package cn.duban.nodes;

/** How the driver plays one commitment, spread over the ledger so every branch of the year is taken. */
enum Persona {
    /** Reports on time, a little ahead of the trajectory. */
    ON_TRACK,
    /** Reports 70% of the trajectory until a task force takes over (red, 督办单, 专班, weekly reports). */
    LAGGING,
    /** Files its first report from March on sixteen days late (reminder, overdue, escalation). */
    LATE_REPORTER,
    /** Gets its plan and its closure returned once each. */
    RETURNED;

    static Persona of(int index) {
        return switch (index % 5) {
            case 1 -> LAGGING;
            case 3 -> LATE_REPORTER;
            case 4 -> RETURNED;
            default -> ON_TRACK;
        };
    }
}
