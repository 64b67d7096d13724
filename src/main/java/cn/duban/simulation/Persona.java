package cn.duban.simulation;

/** How a commitment behaves in the demo year, so Cockpit shows every state the mechanism can reach. */
enum Persona {
    /** Reports on time, a little ahead of the trajectory, and is closed once the target is met. */
    ON_TRACK,
    /** Falls behind, turns red, is taken over by a task force, recovers to green. */
    LAGGING,
    /** Asks for a later deadline in the summer; the request is approved. */
    EXTENDED,
    /** Files one report late: reminded, then escalated. */
    LATE_REPORTER,
    /** Gets its plan returned once before approval, and its closure returned once before it is verified. */
    RETURNED,
    /** Never catches up and ends the year 逾期未完成. */
    UNFINISHED;

    /** Spreads the personas over the ledger; most commitments are simply on track. */
    static Persona of(int index) {
        return switch (index % 10) {
            case 1 -> LAGGING;
            case 3 -> EXTENDED;
            case 5 -> LATE_REPORTER;
            case 7 -> RETURNED;
            case 9 -> UNFINISHED;
            default -> ON_TRACK;
        };
    }
}
