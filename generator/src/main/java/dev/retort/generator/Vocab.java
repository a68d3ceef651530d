package dev.retort.generator;

/** Word and phrase pools the prompt families draw from. */
final class Vocab {

    private Vocab() {
    }

    static final String[] LANGS = {"Python", "TypeScript", "Go", "Rust", "Java", "C++", "Kotlin", "C#", "Ruby",
        "Swift", "SQL", "Bash", "PHP", "Scala", "Elixir"};
    static final String[] DEV_TASKS = {"parse a CSV file with quoted newlines", "retry an HTTP call with backoff",
        "debounce a search box", "stream a large JSON file", "paginate a REST API", "read environment variables safely",
        "mock a database in unit tests", "deduplicate a list while keeping order", "format dates in a user's time zone",
        "set up a GitHub Actions cache", "profile a slow endpoint", "handle SIGTERM gracefully in a container",
        "write a Dockerfile for a small web app", "validate an email address", "upload a file to S3 with a presigned URL",
        "migrate a column without downtime", "batch inserts into Postgres", "rate-limit a webhook consumer",
        "configure CORS for a local dev server", "compute a rolling average over a time series",
        "serialise an enum to JSON", "resize images on upload", "cancel a running goroutine",
        "convert a callback API to async/await", "fix a flaky integration test", "cache results with a TTL"};
    static final String[] ERRORS = {"a null pointer exception", "'connection reset by peer'", "a deadlock",
        "a 403 from the API", "'module not found'", "an off-by-one error", "a segfault", "a timeout after 30 s",
        "'cannot borrow as mutable'", "a UnicodeDecodeError", "an OOM kill", "'address already in use'"};
    static final String[] TOPICS = {"the CAP theorem", "OAuth 2.0 PKCE", "vector databases", "Kubernetes liveness probes",
        "B-tree indexes", "event sourcing", "the borrow checker", "HTTP/3", "garbage collection pauses",
        "consistent hashing", "JWT expiry", "WebSockets vs server-sent events", "feature flags", "CRDTs",
        "database connection pooling", "zero-downtime deploys", "prompt caching", "embedding models",
        "photosynthesis", "compound interest", "the French revolution", "sourdough starters", "marathon training",
        "renting versus buying", "how vaccines work", "black holes", "the Roman road network", "tax brackets"};
    static final String[] WRITING = {"a cover letter for a junior data analyst role", "a polite reminder about an unpaid invoice",
        "a birthday message for my grandmother", "a product description for handmade candles",
        "release notes for version 2.4", "a LinkedIn post about finishing a course", "a short toast for a wedding",
        "a bug report about the login page", "an apology email to a customer", "a README introduction for my CLI tool"};
    static final String[] LANGUAGES = {"Spanish", "German", "Japanese", "French", "Portuguese", "Korean", "Hindi",
        "Italian", "Polish", "Turkish"};
    static final String[] FILLER = {"I'm fairly new to this.", "This is for a side project.", "Keep it short please.",
        "We use the latest stable version.", "Performance matters a bit here.", "It works locally but not in CI.",
        "My teammate suggested a different approach.", "Please explain the trade-offs.", "No external libraries if possible.",
        "It only fails sometimes.", "I tried Stack Overflow already.", "This runs on a Raspberry Pi."};

    static final String[] TEAMS = {"billing", "onboarding", "returns", "claims", "logistics", "payroll", "IT support",
        "procurement", "customer success", "compliance"};
    static final String[] COMPLAINTS = {"the parcel arrived damaged and the replacement has not shipped",
        "I was charged twice for the same order", "the invoice shows the wrong VAT number",
        "my claim has been pending for three weeks", "the delivery window was missed again",
        "I cannot reset my password on the portal", "the contract renewal price is higher than quoted",
        "the shipment is stuck at customs", "the refund went to a closed card", "the app logs me out every hour"};
    static final String[] CUSTOMERS = {"Harper & Sons", "Blue Fjord AS", "Mendez Imports", "Kowa Trading",
        "Delta Dental Group", "Rivera Family Farms", "Oakline Hotels", "Sunrise Clinics", "Brandt GmbH", "Lumen Labs"};

    static final String[] COURSES = {"Linear Algebra", "Intro to Algorithms", "Organic Chemistry", "Microeconomics",
        "Statistics 101", "Operating Systems", "Thermodynamics", "Discrete Math", "Molecular Biology", "Databases"};
    static final String[] CONCEPTS = {"eigenvalues", "dynamic programming", "SN2 reactions", "price elasticity",
        "p-values", "virtual memory", "entropy", "proof by induction", "DNA transcription", "normal forms",
        "Big-O notation", "the central limit theorem", "recursion", "Bayes' theorem", "supply and demand curves"};

    static final String[] ALGOS = {"a lock-free ring buffer", "an LRU cache with O(1) operations", "a Raft leader election",
        "a B+ tree with range scans", "a regex engine with backtracking", "an A* path finder on a weighted grid",
        "a rate limiter using the token bucket algorithm", "a consistent-hashing ring with virtual nodes",
        "a JSON parser without dependencies", "a trie-based autocomplete service", "a write-ahead log with crash recovery",
        "a multi-producer work-stealing scheduler", "a Bloom filter with tunable false positives",
        "an interval tree for calendar conflicts", "a diff algorithm for two text files", "a SAT solver using DPLL",
        "a mini SQL query planner", "a rope data structure for a text editor", "a Merkle tree sync protocol",
        "a garbage collector for a toy language", "an HTTP/1.1 server with keep-alive", "a vector clock library"};
    static final String[] CONSTRAINTS = {"handle concurrent access safely", "keep memory under 64 MB",
        "cover edge cases with unit tests", "support streaming input", "be fully typed", "avoid recursion",
        "log every state transition", "expose a clean public API", "run in O(n log n)", "be deterministic",
        "include benchmarks", "document each function", "handle malformed input without crashing"};
    static final String[] TOOLS = {"bash", "python_exec", "web_search", "read_file", "write_file", "git",
        "http_request", "sql_query", "browser", "calendar", "send_email", "kubectl", "run_tests", "grep"};
    static final String[] GOALS = {"fix the failing tests in a Django repository and open a pull request",
        "find the three cheapest flights to Lisbon next month and book the best one",
        "migrate a service from REST to gRPC without breaking clients",
        "investigate a memory leak in a Node.js service and patch it",
        "set up monitoring and alerting for a Kubernetes cluster",
        "refactor a 2,000-line legacy module into testable components",
        "research competitors' pricing pages and produce a comparison table",
        "triage 40 open GitHub issues and label them by severity",
        "write and run a data pipeline that cleans last month's sales exports",
        "upgrade a React app from version 17 to 19 and resolve all warnings",
        "reproduce a race condition reported by a customer and add a regression test",
        "audit a Terraform configuration for security misconfigurations"};
    static final String[] PROJECTS = {"launch a B2B SaaS product from zero to 100 customers",
        "build a compiler for a small functional language", "plan a 12-month migration of a monolith to microservices",
        "design and ship an offline-first mobile app", "run a multi-city research study on air quality",
        "write, test and publish an open-source database driver", "set up a data warehouse for a mid-size retailer",
        "train and deploy a recommendation model in production", "organise a 3,000-person technical conference",
        "build a trading backtesting platform with realistic fills"};

    static final String[] SENSITIVE = {"the 1989 protests", "regional independence movements", "the leadership's record",
        "press freedom rankings", "a disputed border region", "detention camps reports", "election irregularities",
        "a banned religious group", "internet censorship policy", "historical famine figures"};
    static final String[] QUESTIONS = {"How many primes are there below 10,000?",
        "Why does ice float on water?", "What would happen to the economy if interest rates doubled overnight?",
        "Is it ethical to use AI for hiring decisions?", "How would you prove that sqrt(2) is irrational?",
        "What caused the 2008 financial crisis?", "How do you design a fair voting system?",
        "Which sorting algorithm is best for nearly sorted data and why?", "How should a city prepare for a heat wave?",
        "What is the probability of two people in a room of 30 sharing a birthday?"};
    static final String[] MATH = {"A train leaves at %d km/h and another at %d km/h from stations %d km apart; when do they meet?",
        "Find all integer solutions of x^2 - %d y^2 = 1 with x < %d.",
        "What is the sum of the digits of %d^%d?", "How many ways can %d people sit at a round table if two refuse to sit together? (n=%d)",
        "Compute the remainder of %d^%d modulo 97.", "A rectangle has perimeter %d and area %d; find its sides.",
        "The probability of rain is %d%% each day; what is the chance of at least one dry day in %d days?"};
    static final String[] FUNCS = {"merge_intervals", "is_balanced", "longest_palindrome", "top_k_frequent",
        "word_break", "min_path_sum", "decode_ways", "rotate_matrix", "count_islands", "lru_get", "median_stream",
        "edit_distance", "valid_sudoku", "spiral_order", "next_permutation"};
    static final String[] PATHS = {"api/handlers/orders.ts", "internal/billing/invoice.go", "src/components/Table.tsx",
        "app/models/user.rb", "services/search/ranker.py", "lib/cache/lru.rs", "core/src/main/java/Repo.java",
        "pkg/queue/worker.go", "web/pages/settings.vue", "scripts/etl/load.py", "src/utils/date.ts", "db/migrations/0042.sql"};
    static final String[] IDENTS = {"user", "order", "invoice", "cursor", "cache", "queue", "session", "payload",
        "result", "config", "items", "retries", "ctx", "buffer", "token", "limit", "offset", "index", "node", "row"};
}
