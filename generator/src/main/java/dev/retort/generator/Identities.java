package dev.retort.generator;

import java.util.SplittableRandom;

/** Names, e-mail addresses, card fingerprints, addresses and client strings for the account builders. */
final class Identities {

    static final String[] FIRST = {"james", "maria", "wei", "priya", "lukas", "sofia", "ahmed", "yuki", "olivia",
        "mateo", "chen", "anna", "david", "fatima", "noah", "elena", "arjun", "mia", "kofi", "lena", "omar", "sara",
        "ivan", "hana", "lucas", "emma", "ravi", "julia", "tomas", "aisha", "daniel", "nina", "kenji", "laura",
        "pedro", "zoe", "samuel", "ines", "victor", "chloe", "min", "grace", "felix", "amara", "hugo", "lea"};
    static final String[] LAST = {"smith", "garcia", "wang", "patel", "muller", "rossi", "hassan", "tanaka",
        "johnson", "silva", "li", "kowalski", "brown", "khan", "martin", "novak", "sharma", "lopez", "mensah",
        "fischer", "ali", "nielsen", "petrov", "kim", "costa", "dubois", "iyer", "schmidt", "horvat", "okafor",
        "cohen", "nguyen", "sato", "moreau", "santos", "taylor", "park", "chen", "weber", "ivanova", "clark"};
    static final String[] MAIL = {"gmail.com", "gmail.com", "gmail.com", "outlook.com", "yahoo.com", "proton.me",
        "icloud.com", "hotmail.com", "fastmail.com", "gmx.de", "web.de", "qq.com", "naver.com", "yandex.ru"};
    static final String[] THROWAWAY = {"mailnest.io", "inboxfly.net", "quickpost.cc", "tmpbox.org",
        "fastinbox.xyz", "mailcrate.net", "boxmail.cc"};
    /** Issuer BINs that ordinary customers' cards start with; collisions between strangers are normal. */
    static final String[] BANK_BINS = {"414720", "426684", "440066", "451014", "475117", "517805", "522881",
        "542418", "552433", "601100", "371449", "400022", "492181", "535522", "546616", "410039", "455673",
        "520082", "530125", "483312"};
    /** Prepaid / virtual-card BINs the hydra buys from. */
    static final String[] PREPAID_BINS = {"428837", "531106", "404038"};

    static final String[][] COUNTRIES = {{"US", "-5"}, {"US", "-8"}, {"US", "-6"}, {"GB", "0"}, {"DE", "1"},
        {"FR", "1"}, {"IN", "5"}, {"BR", "-3"}, {"JP", "9"}, {"CA", "-5"}, {"NG", "1"}, {"ID", "7"},
        {"KR", "9"}, {"AU", "10"}, {"PL", "1"}, {"ES", "1"}, {"NL", "1"}, {"MX", "-6"}, {"VN", "7"},
        {"TR", "3"}, {"SG", "8"}, {"US", "-5"}, {"US", "-8"}, {"IN", "5"}, {"DE", "1"}};

    /** First octets of consumer broadband ranges. */
    private static final int[] RESIDENTIAL = {24, 67, 68, 71, 73, 76, 98, 99, 108, 174, 2, 5, 31, 37, 46, 62, 77,
        79, 82, 84, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95, 109, 176, 178, 188, 189, 177, 179, 186, 187, 191,
        200, 201, 49, 59, 101, 106, 110, 112, 114, 115, 116, 117, 118, 119, 120, 121, 122, 123, 124, 125,
        180, 182, 183, 203, 210, 211, 218, 219, 220, 221, 222};
    /** Hosting providers' /16s. */
    static final String[] DATACENTER = {"45.76", "104.238", "149.28", "207.148", "5.161", "65.108", "95.216",
        "138.68", "159.89", "167.99", "178.128", "188.166", "139.59", "46.101"};
    /** Mobile carriers' carrier-grade NAT egress /16s. */
    static final String[] CARRIER = {"172.56", "174.240", "107.77", "176.12", "92.40"};

    static final String[] DEV_AGENTS = {"OpenAI/Python 1.54.3", "OpenAI/Python 1.54.3", "OpenAI/Python 1.59.7",
        "OpenAI/Python 1.61.0", "OpenAI/Python 1.55.0", "OpenAI/Python 1.51.2", "OpenAI/JS 4.77.0",
        "OpenAI/JS 4.85.1", "python-requests/2.31.0", "python-requests/2.32.3", "curl/8.5.0", "curl/8.7.1",
        "node-fetch/1.0 (+https://github.com/bitinn/node-fetch)", "Go-http-client/2.0", "axios/1.7.9",
        "litellm/1.59.8", "langchain-openai/0.2.14 OpenAI/Python 1.58.1", "okhttp/4.12.0",
        "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/132.0.0.0 Safari/537.36"};
    static final String[] CAMPUS_AGENTS = {
        "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Safari/605.1.15",
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/132.0.0.0 Safari/537.36",
        "Mozilla/5.0 (X11; Linux x86_64; rv:134.0) Gecko/20100101 Firefox/134.0", "OpenAI/Python 1.54.3",
        "python-requests/2.31.0", "OpenAI/Python 1.59.7"};
    static final String[] HYDRA_AGENTS = {
        "OpenAI/Python 1.51.2 httpx/0.27.2 CPython/3.11.9 Linux/5.15.0-105-generic",
        "OpenAI/Python 1.51.2 httpx/0.27.2 CPython/3.11.9 Linux/6.8.0-45-generic"};
    static final String QUIET_AGENT = "agentkit/0.9.4 (node/20.12.2; linux x64)";
    static final String PROBE_AGENT = "python-requests/2.31.0";
    static final String HARNESS_AGENT = "lm-eval-harness/0.4.5 python-httpx/0.27.0";
    static final String PLATFORM_AGENT = "codepilot-gateway/5.12.0 (go1.22.3; linux/amd64)";

    static final String[] COMPANY = {"acme-logistics.com", "northwind-insurance.com", "globex-retail.com",
        "initech-payroll.com", "umbrella-health.com", "stark-freight.com", "wayne-finance.com"};
    static final String[] UNIVERSITY = {"northbridge.edu", "ac.lakeside-uni.ac.uk", "tu-rheinfeld.de"};

    private Identities() {
    }

    static String personalEmail(SplittableRandom r) {
        String f = Rng.pick(r, FIRST);
        String l = Rng.pick(r, LAST);
        String local = switch (r.nextInt(4)) {
            case 0 -> f + "." + l;
            case 1 -> f + l + (r.nextInt(90) + 10);
            case 2 -> f.charAt(0) + l + (r.nextInt(900) + 100);
            default -> f + "_" + l + (r.nextInt(9) + 1);
        };
        return local + "@" + Rng.pick(r, MAIL);
    }

    static String workEmail(SplittableRandom r, String domain) {
        return Rng.pick(r, FIRST) + "." + Rng.pick(r, LAST) + (r.nextInt(5) == 0 ? String.valueOf(r.nextInt(9) + 2) : "")
                + "@" + domain;
    }

    static String throwawayEmail(SplittableRandom r) {
        StringBuilder sb = new StringBuilder();
        int n = 5 + r.nextInt(4);
        for (int i = 0; i < n; i++) {
            sb.append((char) ('a' + r.nextInt(26)));
        }
        sb.append(r.nextInt(9000) + 100).append('@').append(Rng.pick(r, THROWAWAY));
        return sb.toString();
    }

    /** {@code card_<BIN>_<8 hex>}: the issuer BIN stays visible, the rest is a fingerprint. */
    static String card(SplittableRandom r, String bin) {
        return "card_" + bin + "_" + Rng.hex(r, 8);
    }

    static String residentialIp(SplittableRandom r) {
        return RESIDENTIAL[r.nextInt(RESIDENTIAL.length)] + "." + r.nextInt(256) + "." + r.nextInt(256) + "."
                + (1 + r.nextInt(254));
    }

    static String subnet(SplittableRandom r, String[] sixteens) {
        return Rng.pick(r, sixteens) + "." + r.nextInt(256);
    }

    static String host(SplittableRandom r, String subnet24) {
        return subnet24 + "." + (2 + r.nextInt(252));
    }

    static String[] country(SplittableRandom r) {
        return COUNTRIES[r.nextInt(COUNTRIES.length)];
    }

    static String awsAccount(SplittableRandom r) {
        return String.valueOf(100_000_000_000L + (r.nextLong() & Long.MAX_VALUE) % 900_000_000_000L);
    }
}
