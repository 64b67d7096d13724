package cn.duban.overview;

/** A request parameter of the overview that cannot be read: which one, and why, in Chinese. Nothing is answered but this. */
class InvalidOverviewRequest extends RuntimeException {

    private final String parameter;

    InvalidOverviewRequest(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    String parameter() {
        return parameter;
    }
}
