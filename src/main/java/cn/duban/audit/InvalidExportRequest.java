package cn.duban.audit;

/** An export request that names something wrong: a parameter (or command-line option) and why. Nothing was exported. */
public class InvalidExportRequest extends RuntimeException {

    private final String parameter;

    public InvalidExportRequest(String parameter, String message) {
        super("参数 " + parameter + "：" + message);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}
