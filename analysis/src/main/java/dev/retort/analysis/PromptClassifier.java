package dev.retort.analysis;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Classifies a prompt by the cues that distillation campaigns show: asking for step-by-step reasoning, and
 * targeting coding, agentic tool use or long-horizon tasks. Plain phrase lists, so an analyst can read exactly
 * why a prompt counted (docs/analysis.md lists them).
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

    private static final List<Rule> RULES = List.of(
            new Rule(Category.REASONING, "step[- ]by[- ]step|chain[- ]of[- ]thought|think (it )?through|"
                    + "show (all )?(your|the) (work|reasoning)|explain your reasoning|reason(ing)? (carefully|trace)|"
                    + "full reasoning|each step|every step|before (you )?answer(ing)?|justify|walk me through|"
                    + "intermediate steps|thought process|think carefully|let'?s think"),
            new Rule(Category.CODING, "\\b(python|java(script)?|typescript|rust|golang|c\\+\\+|sql|bash|regex)\\b|"
                    + "\\bfunction\\b|\\bimplement|\\brefactor|\\bdebug|\\bbug\\b|unit tests?|\\bcompile|"
                    + "stack trace|\\bcode\\b|\\bclass\\b|\\balgorithm|\\bapi endpoint|pull request|\\brepo(sitory)?\\b"),
            new Rule(Category.AGENTIC, "\\btools?\\b|tool[ _-]calls?|function[ _-]call|\\bagent(ic)?\\b|"
                    + "\\bterminal\\b|shell command|\\bbrowse|\\bexecute\\b|\\bactions?\\b.*\\bjson\\b|"
                    + "available (tools|functions)|observation:|\\bplan (and|then) (act|execute)"),
            new Rule(Category.LONG_HORIZON, "multi[- ]step|long[- ]horizon|\\bmilestones?\\b|end[- ]to[- ]end|"
                    + "\\broadmap\\b|over (several|many|the next) (hours|days|steps|turns)|\\bsubtasks?\\b|"
                    + "break (it|this|the task) down|whole (project|codebase)|migration plan|long[- ]running"));

    private PromptClassifier() {}

    static Set<Category> classify(String prompt) {
        Set<Category> out = EnumSet.noneOf(Category.class);
        if (prompt == null || prompt.isBlank()) {
            return out;
        }
        String text = prompt.length() > 4_000 ? prompt.substring(0, 4_000) : prompt;
        text = text.toLowerCase(Locale.ROOT);
        for (Rule r : RULES) {
            if (r.pattern.matcher(text).find()) {
                out.add(r.category);
            }
        }
        return out;
    }

    private record Rule(Category category, Pattern pattern) {
        Rule(Category category, String regex) {
            this(category, Pattern.compile(regex));
        }
    }
}
