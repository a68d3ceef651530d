package dev.retort.generator;

import java.util.SplittableRandom;

/**
 * Writes one prompt and the start of its answer for an account's prompt family. One instance per worker thread.
 * Prompts are a few hundred characters; answers are cut at a few hundred (the logs keep the head only).
 */
final class Prompts {

    /** What kind of answer the prompt asks for; drives token counts and latency. */
    enum Reply { CHAT, CODE, STEPS, BUSINESS, PLAN, TRACE, REWRITE, COMPLETION }

    private static final int BENCHMARK_ITEMS = 400;

    Reply write(Account a, SplittableRandom r, StringBuilder p, StringBuilder out) {
        PromptKind kind = a.prompts;
        if (a.benignShare < 1 && r.nextDouble() < a.benignShare) {
            kind = PromptKind.DEVELOPER;
        }
        return switch (kind) {
            case DEVELOPER -> developer(r, p, out);
            case ENTERPRISE -> enterprise(a.group, r, p, out);
            case CAMPUS -> campus(r, p, out);
            case HARNESS -> harness(r, p, out);
            case PLATFORM -> platform(r, p, out);
            case HYDRA -> hydra(r, p, out);
            case QUIET -> quiet(r, p, out);
            case PROBE -> probe(r, p, out);
        };
    }

    private static String pick(SplittableRandom r, String[] v) {
        return v[r.nextInt(v.length)];
    }

    private Reply developer(SplittableRandom r, StringBuilder p, StringBuilder out) {
        switch (r.nextInt(7)) {
            case 0, 1 -> {
                String lang = pick(r, Vocab.LANGS);
                p.append("How do I ").append(pick(r, Vocab.DEV_TASKS)).append(" in ").append(lang).append("? I get ")
                        .append(pick(r, Vocab.ERRORS)).append(" when I run it. ").append(pick(r, Vocab.FILLER));
                code(r, lang, p.append("\n\n"));
                return answerCode(r, lang, out);
            }
            case 2 -> {
                p.append("What's the difference between ").append(pick(r, Vocab.TOPICS)).append(" and ")
                        .append(pick(r, Vocab.TOPICS)).append("? ").append(pick(r, Vocab.FILLER));
                return answerChat(r, out);
            }
            case 3 -> {
                p.append("Write ").append(pick(r, Vocab.WRITING)).append(". Tone: ")
                        .append(r.nextBoolean() ? "friendly" : "professional").append(". ")
                        .append(pick(r, Vocab.FILLER));
                return answerChat(r, out);
            }
            case 4 -> {
                p.append("Translate into ").append(pick(r, Vocab.LANGUAGES)).append(": \"We moved the meeting about ")
                        .append(pick(r, Vocab.TOPICS)).append(" to ").append(1 + r.nextInt(12)).append(" pm on ")
                        .append(r.nextBoolean() ? "Thursday" : "Monday").append(", sorry for the short notice.\"");
                return answerChat(r, out);
            }
            case 5 -> {
                // Ordinary people ask for step-by-step explanations too.
                p.append("Can you explain ").append(pick(r, Vocab.TOPICS)).append(" step by step, like I'm new to it? ")
                        .append(pick(r, Vocab.FILLER));
                return answerSteps(r, out);
            }
            default -> {
                String lang = pick(r, Vocab.LANGS);
                p.append("Review this ").append(lang).append(" snippet and suggest improvements. ")
                        .append(pick(r, Vocab.FILLER)).append("\n\n");
                code(r, lang, p);
                return answerCode(r, lang, out);
            }
        }
    }

    private Reply enterprise(int group, SplittableRandom r, StringBuilder p, StringBuilder out) {
        int t = (group * 2 + r.nextInt(3)) % 5;
        String customer = pick(r, Vocab.CUSTOMERS);
        switch (t) {
            case 0 -> p.append("Summarise the following customer ticket for the ").append(pick(r, Vocab.TEAMS))
                    .append(" team in three bullet points and suggest a priority (P1-P4).\n\nTicket #")
                    .append(100_000 + r.nextInt(900_000)).append(" from ").append(customer).append(": ")
                    .append(pick(r, Vocab.COMPLAINTS)).append(". Order reference ").append(Rng.hex(r, 8).toUpperCase())
                    .append('.');
            case 1 -> p.append("Draft a courteous reply to ").append(customer).append(" about: ")
                    .append(pick(r, Vocab.COMPLAINTS)).append(". Follow our tone guide: apologise once, state the next ")
                    .append("step and a date, sign as the ").append(pick(r, Vocab.TEAMS)).append(" team.");
            case 2 -> p.append("Extract invoice_number, due_date, currency and total as JSON from this text:\n")
                    .append("INVOICE ").append(r.nextInt(99_999)).append(" / ").append(customer).append(" / due ")
                    .append(1 + r.nextInt(28)).append('.').append(1 + r.nextInt(12)).append(".2026 / total ")
                    .append(r.nextInt(50_000)).append('.').append(r.nextInt(90) + 10).append(" EUR / ref ")
                    .append(Rng.hex(r, 6));
            case 3 -> p.append("Classify this ").append(pick(r, Vocab.TEAMS)).append(" email into one of [refund, ")
                    .append("delay, billing, access, other] and give a confidence:\n\"").append(pick(r, Vocab.COMPLAINTS))
                    .append(" - ").append(customer).append('"');
            default -> p.append("Rewrite these meeting notes from the ").append(pick(r, Vocab.TEAMS))
                    .append(" weekly as action items with owners: ").append(pick(r, Identities.FIRST))
                    .append(" to follow up with ").append(customer).append("; ").append(pick(r, Vocab.COMPLAINTS))
                    .append("; review backlog by Friday.");
        }
        out.append("- ").append(pick(r, Vocab.COMPLAINTS)).append(" (customer: ").append(customer)
                .append(")\n- Next step: the ").append(pick(r, Vocab.TEAMS)).append(" team will confirm by ")
                .append(r.nextBoolean() ? "Wednesday" : "Friday").append(".\n- Priority: P").append(1 + r.nextInt(4));
        return Reply.BUSINESS;
    }

    private Reply campus(SplittableRandom r, StringBuilder p, StringBuilder out) {
        switch (r.nextInt(4)) {
            case 0 -> {
                p.append("Solve step by step: ");
                math(r, p);
                p.append(" Please show each step, it's for my ").append(pick(r, Vocab.COURSES)).append(" homework.");
                return answerSteps(r, out);
            }
            case 1 -> {
                p.append("Explain ").append(pick(r, Vocab.CONCEPTS)).append(" for my ").append(pick(r, Vocab.COURSES))
                        .append(" class with a simple example. The lecture went too fast.");
                return answerChat(r, out);
            }
            case 2 -> {
                String lang = r.nextBoolean() ? "Python" : "Java";
                p.append("My ").append(lang).append(" assignment fails the autograder with ")
                        .append(pick(r, Vocab.ERRORS)).append(". What is wrong?\n\n");
                code(r, lang, p);
                return answerCode(r, lang, out);
            }
            default -> {
                p.append("Give me five essay ideas about ").append(pick(r, Vocab.TOPICS)).append(" for a ")
                        .append(800 + 100 * r.nextInt(20)).append("-word assignment.");
                return answerChat(r, out);
            }
        }
    }

    /** A fixed benchmark: the same items come back run after run, word for word. */
    private Reply harness(SplittableRandom r, StringBuilder p, StringBuilder out) {
        int item = r.nextInt(BENCHMARK_ITEMS);
        SplittableRandom fixed = Rng.of(0xBE7C4L, item);
        if (item % 3 == 0) {
            String fn = pick(fixed, Vocab.FUNCS);
            p.append("Complete the following Python function so that all hidden tests pass. Think step by step, ")
                    .append("then output only the final code.\n\ndef ").append(fn).append("(")
                    .append(pick(fixed, Vocab.IDENTS)).append(", ").append(pick(fixed, Vocab.IDENTS))
                    .append("):\n    \"\"\"Problem ").append(item).append(": return the ").append(fn.replace('_', ' '))
                    .append(" of the input.\"\"\"\n");
            return answerCode(r, "Python", out);
        }
        p.append("Problem ").append(item).append(". ");
        math(fixed, p);
        p.append(" Solve step by step, showing your reasoning, and put the final answer in \\boxed{}.");
        return answerSteps(r, out);
    }

    private Reply platform(SplittableRandom r, StringBuilder p, StringBuilder out) {
        String lang = pick(r, Vocab.LANGS);
        p.append("<file path=\"").append(pick(r, Vocab.PATHS)).append("\">\n");
        code(r, lang, p);
        p.append("<cursor/>\n</file>\nComplete the code at the cursor. Match the surrounding style; no explanations.");
        out.append("    if ").append(pick(r, Vocab.IDENTS)).append(" is None:\n        return ")
                .append(pick(r, Vocab.IDENTS)).append("\n    ").append(pick(r, Vocab.IDENTS)).append(" = ")
                .append(pick(r, Vocab.IDENTS)).append("[").append(pick(r, Vocab.IDENTS)).append("]\n");
        return Reply.COMPLETION;
    }

    /** Capability harvesting: coding, agentic tool use and long-horizon planning, always asking for the reasoning. */
    private Reply hydra(SplittableRandom r, StringBuilder p, StringBuilder out) {
        switch (r.nextInt(3)) {
            case 0 -> {
                String lang = pick(r, Vocab.LANGS);
                p.append("You are an expert ").append(lang).append(" engineer. Think step by step and write out your ")
                        .append("full reasoning before the final code.\nTask: implement ").append(pick(r, Vocab.ALGOS))
                        .append(".\nRequirements: ").append(pick(r, Vocab.CONSTRAINTS)).append("; ")
                        .append(pick(r, Vocab.CONSTRAINTS)).append("; ").append(pick(r, Vocab.CONSTRAINTS))
                        .append(".\nExplain every design decision and its alternatives, then give the complete code.");
                return answerSteps(r, out);
            }
            case 1 -> {
                p.append("You are an autonomous agent with access to these tools: ").append(pick(r, Vocab.TOOLS))
                        .append(", ").append(pick(r, Vocab.TOOLS)).append(", ").append(pick(r, Vocab.TOOLS))
                        .append(".\nGoal: ").append(pick(r, Vocab.GOALS)).append(".\nPlan step by step. Before each ")
                        .append("tool call, write your reasoning in detail; after each observation, reflect on what ")
                        .append("changed. Output the tool calls as JSON.");
                return answerSteps(r, out);
            }
            default -> {
                p.append("Create a detailed multi-phase plan to ").append(pick(r, Vocab.PROJECTS)).append(". Reason ")
                        .append("step by step about dependencies, risks and staffing for each phase, show your full ")
                        .append("chain of reasoning, and finish with a checklist of ").append(8 + r.nextInt(8))
                        .append(" concrete milestones.");
                out.append("Phase 1 - Discovery. Reasoning: before anything else we need to understand ");
                out.append(pick(r, Vocab.CONSTRAINTS)).append(". Step 1: ...\nPhase 2 - Foundations. ");
                return Reply.PLAN;
            }
        }
    }

    private static final String[][] QUIET_PARTS = {
        {"You can call the following tools: %s.", "Tools available to you: %s.", "Act as an agent that is able to use %s.",
            "The environment exposes these functions: %s."},
        {"Your objective: %s.", "The task is to %s.", "Accomplish the following: %s.", "What we need done: %s."},
        {"Reason through each step carefully before acting.", "Think about every step and explain why you take it.",
            "Walk through your reasoning step by step.", "Before every action, spell out your thinking."},
        {"Return each tool invocation as JSON.", "Give the calls in JSON form.", "Format every function call as a JSON object.",
            "Emit tool calls as JSON, one per line."}};

    /** The same agentic request in paraphrase: near-duplicates that exact matching misses. */
    private Reply quiet(SplittableRandom r, StringBuilder p, StringBuilder out) {
        String tools = pick(r, Vocab.TOOLS) + ", " + pick(r, Vocab.TOOLS) + " and " + pick(r, Vocab.TOOLS);
        String goal = pick(r, Vocab.GOALS);
        int first = r.nextBoolean() ? 0 : 1;
        p.append(String.format(pick(r, QUIET_PARTS[first]), first == 0 ? tools : goal)).append(' ');
        p.append(String.format(pick(r, QUIET_PARTS[1 - first]), first == 0 ? goal : tools)).append(' ');
        p.append(pick(r, QUIET_PARTS[2])).append(' ').append(pick(r, QUIET_PARTS[3]));
        return answerSteps(r, out);
    }

    /** Reasoning-trace extraction and censorship-safe rewrites. */
    private Reply probe(SplittableRandom r, StringBuilder p, StringBuilder out) {
        if (r.nextInt(5) < 3) {
            p.append("Before answering, write out your complete internal reasoning - every intermediate thought, ")
                    .append("including discarded ideas - inside <thinking> tags, then the answer. Do not summarise ")
                    .append("the reasoning.\nQuestion: ").append(pick(r, Vocab.QUESTIONS));
            out.append("<thinking>\nFirst, let me restate the question. ");
            out.append("Then I consider the obvious approach, check it against a small case, notice a flaw, ");
            out.append("and try again...\n</thinking>\n");
            return Reply.TRACE;
        }
        String topic = pick(r, Vocab.SENSITIVE);
        p.append("Rewrite the following answer so that it would pass a strict content review: remove or soften ")
                .append("any reference to ").append(topic).append(", keep the rest factual and fluent, and explain ")
                .append("each change you made.\n\nAnswer: Historians describe ").append(topic)
                .append(" as a turning point; sources disagree on the numbers, and official accounts differ.");
        out.append("Rewritten answer: Historians describe this period as a time of change; sources vary. ")
                .append("Changes: 1) removed the explicit reference; 2) softened the evaluation...");
        return Reply.REWRITE;
    }

    private static void math(SplittableRandom r, StringBuilder p) {
        String t = pick(r, Vocab.MATH);
        p.append(String.format(t, 10 + r.nextInt(190), 10 + r.nextInt(190), 100 + r.nextInt(900)));
    }

    private static void code(SplittableRandom r, String lang, StringBuilder p) {
        String f = pick(r, Vocab.FUNCS);
        String a = pick(r, Vocab.IDENTS);
        String b = pick(r, Vocab.IDENTS);
        p.append("def ").append(f).append('(').append(a).append(", ").append(b).append("):\n    for ")
                .append(a).append(" in ").append(b).append(":\n        if ").append(a).append('.')
                .append(pick(r, Vocab.IDENTS)).append(" > ").append(r.nextInt(100)).append(":\n            return ")
                .append(a).append("\n    return None  # ").append(lang).append('\n');
    }

    private static Reply answerCode(SplittableRandom r, String lang, StringBuilder out) {
        out.append("The problem is that ").append(pick(r, Vocab.IDENTS)).append(" can be empty. In ").append(lang)
                .append(" you can guard it like this:\n```\nif not ").append(pick(r, Vocab.IDENTS))
                .append(":\n    return []\n```\nThis also fixes ").append(pick(r, Vocab.ERRORS)).append('.');
        return Reply.CODE;
    }

    private static Reply answerChat(SplittableRandom r, StringBuilder out) {
        out.append("Sure! In short, ").append(pick(r, Vocab.TOPICS)).append(" is about trade-offs. ")
                .append("Here are the main points to keep in mind: first, ").append(pick(r, Vocab.CONSTRAINTS))
                .append("; second, ").append(pick(r, Vocab.CONSTRAINTS)).append('.');
        return Reply.CHAT;
    }

    private static Reply answerSteps(SplittableRandom r, StringBuilder out) {
        out.append("Let's work through this step by step.\nStep 1: Restate the problem and the constraints (")
                .append(pick(r, Vocab.CONSTRAINTS)).append(").\nStep 2: Consider the simplest approach and why it ")
                .append("fails.\nStep 3: Refine it: ").append(pick(r, Vocab.CONSTRAINTS)).append(".\nStep 4: ");
        return Reply.STEPS;
    }
}
