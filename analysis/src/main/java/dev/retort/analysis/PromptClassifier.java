package dev.retort.analysis;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Classifies a prompt by the cues that distillation campaigns show: asking for step-by-step reasoning, and
 * targeting coding, agentic tool use or long-horizon tasks. Plain phrase lists matched on whole words, so an
 * analyst can read exactly why a prompt counted (docs/analysis.md points here).
 */
final class PromptClassifier {

    enum Category {
        REASONING("asks for step-by-step reasoning"),
        CODING("targets coding"),
        AGENTIC("targets agentic tool use"),
        LONG_HORIZON("targets long-horizon, multi-step tasks");

        final String description;

        Category(String description) {
            this.description = description;
        }
    }

    /** The cues of each category, as lower-case word sequences. */
    static final Map<Category, List<String>> CUES = Map.of(
            Category.REASONING, List.of("step by step", "chain of thought", "think through", "think it through",
                    "show your work", "show your reasoning", "show the reasoning", "explain your reasoning",
                    "full reasoning", "reasoning trace", "reason carefully", "each step", "every step",
                    "before answering", "before you answer", "justify", "walk me through", "intermediate steps",
                    "thought process", "think carefully", "let s think", "reasoning for each"),
            Category.CODING, List.of("python", "javascript", "typescript", "java", "rust", "golang", "cpp", "sql",
                    "bash", "regex", "function", "implement", "implementation", "refactor", "debug", "bug",
                    "unit test", "unit tests", "compile", "stack trace", "code", "class", "algorithm",
                    "pull request", "repository", "repo", "api endpoint"),
            Category.AGENTIC, List.of("tool", "tools", "tool call", "tool calls", "function call", "agent", "agentic",
                    "terminal", "shell command", "browse", "execute", "available tools", "available functions",
                    "observation", "plan and execute", "plan then act", "take actions", "next action"),
            Category.LONG_HORIZON, List.of("multi step", "long horizon", "milestone", "milestones", "end to end",
                    "roadmap", "over several hours", "over several days", "over many steps", "subtask", "subtasks",
                    "break it down", "break this down", "break the task down", "whole project", "whole codebase",
                    "migration plan", "long running"));

    private static final int HEAD = 3_000;
    private static final int TAIL = 1_000;

    private PromptClassifier() {}

    static Set<Category> classify(String prompt) {
        Set<Category> out = EnumSet.noneOf(Category.class);
        if (prompt == null || prompt.isBlank()) {
            return out;
        }
        String words = words(prompt);
        for (Map.Entry<Category, List<String>> e : CUES.entrySet()) {
            for (String cue : e.getValue()) {
                if (words.contains(" " + cue + " ")) {
                    out.add(e.getKey());
                    break;
                }
            }
        }
        return out;
    }

    /**
     * The prompt's opening and close as " word word ... ": lower case, every run of other characters one space
     * (so "C++" reads "c" and "step-by-step" reads "step by step").
     */
    static String words(String prompt) {
        String text = prompt.length() > HEAD + TAIL
                ? prompt.substring(0, HEAD) + " " + prompt.substring(prompt.length() - TAIL) : prompt;
        StringBuilder sb = new StringBuilder(text.length() + 2).append(' ');
        boolean space = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                sb.append(Character.toLowerCase(c));
                space = false;
            } else if (!space) {
                sb.append(' ');
                space = true;
            }
        }
        if (!space) {
            sb.append(' ');
        }
        return sb.toString();
    }
}
