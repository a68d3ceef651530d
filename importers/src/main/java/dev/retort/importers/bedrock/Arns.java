package dev.retort.importers.bedrock;

/** The account name inside an AWS principal ARN, shared by the Bedrock and CloudTrail importers. */
public final class Arns {

    private Arns() {
    }

    /**
     * The account a Bedrock or CloudTrail record is attributed to: the IAM user name for
     * {@code arn:aws:iam::123:user/path/name} (the last path segment), {@code role/session} for an assumed role,
     * the role name for a role, and the whole ARN for anything else. Null for null or blank input.
     */
    public static String account(String arn) {
        if (arn == null || arn.isBlank()) {
            return null;
        }
        String[] parts = arn.split(":", 6);
        if (parts.length < 6 || !parts[0].equals("arn")) {
            return arn;
        }
        String resource = parts[5];
        int slash = resource.indexOf('/');
        if (slash < 0) {
            return resource.equals("root") ? arn : resource;
        }
        String type = resource.substring(0, slash);
        String rest = resource.substring(slash + 1);
        switch (type) {
            case "user":
            case "role":
                return rest.substring(rest.lastIndexOf('/') + 1);
            case "assumed-role":
            case "federated-user":
                return rest;
            default:
                return arn;
        }
    }

    /**
     * A model id as analysts know it: {@code arn:aws:bedrock:...:foundation-model/anthropic.claude-...} and
     * inference-profile ARNs become the part after the last slash; plain ids are kept.
     */
    public static String model(String modelId) {
        if (modelId == null || modelId.isBlank()) {
            return null;
        }
        if (modelId.startsWith("arn:")) {
            int slash = modelId.lastIndexOf('/');
            if (slash >= 0 && slash < modelId.length() - 1) {
                return modelId.substring(slash + 1);
            }
        }
        return modelId;
    }

    /** An HTTP-like status for an AWS error code (null or blank means success). */
    public static int status(String errorCode) {
        if (errorCode == null || errorCode.isBlank()) {
            return 200;
        }
        String c = errorCode.trim();
        if (c.matches("\\d{3}")) {
            return Integer.parseInt(c);
        }
        if (c.contains("Throttl") || c.contains("TooManyRequests") || c.contains("ServiceQuotaExceeded")) {
            return 429;
        }
        if (c.contains("AccessDenied") || c.contains("Unauthorized") || c.contains("NotAuthorized")) {
            return 403;
        }
        if (c.contains("ResourceNotFound") || c.contains("NotFound")) {
            return 404;
        }
        if (c.contains("Validation") || c.contains("BadRequest") || c.contains("Invalid")) {
            return 400;
        }
        if (c.contains("Timeout")) {
            return 408;
        }
        if (c.contains("Unavailable")) {
            return 503;
        }
        return 500;
    }
}
