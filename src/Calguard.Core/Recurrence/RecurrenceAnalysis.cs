namespace Calguard.Recurrence;

/// <summary>One run of <see cref="RecurrenceAnalyser.Analyse"/>: the phases and their bookkeeping.</summary>
internal static class RecurrenceAnalysis
{
    private const int AbsurdUntilLastYear = 2200;
    private const int AbsurdUntilFirstYear = 1900;

    public static RecurrenceSummary Run(RecurrenceInput input, DateTime reference, RecurrenceLimits limits)
    {
        var problems = new List<RecurrenceProblem>();
        long referenceSecond = CivilCalendar.Seconds(reference);
        long horizon = limits.Horizon > TimeSpan.Zero ? limits.Horizon.Ticks / TimeSpan.TicksPerSecond : 0;
        long windowEnd = referenceSecond > CivilCalendar.MaxSecond - horizon ? CivilCalendar.MaxSecond : referenceSecond + horizon;
        int maxInstances = Math.Max(1, limits.MaxInstances);
        var budget = new IterationBudget(limits.MaxIterations, limits.Budget);
        var set = Prepare(input, budget, problems, reportRuleProblems: true);
        var rules = set.Rules;
        var walker = set.Walker;
        bool unbounded = set.Unbounded;
        var stats = new InstanceStats(referenceSecond, windowEnd, maxInstances);
        bool budgetHit = false;
        bool countUnknown = false;
        bool complete = false;
        bool windowKnown = false;

        if (!unbounded)
        {
            // Phase A: count the whole (bounded) series from the start.
            walker.Reset(long.MinValue);
            bool capped = false;
            while (walker.MoveNext(out long t))
            {
                stats.ObserveCounted(t);
                if (stats.Counted >= maxInstances)
                {
                    capped = true;
                    break;
                }
            }

            budgetHit |= walker.Stop == WalkStop.Budget;
            countUnknown |= walker.Stop == WalkStop.CountUnknown;
            complete = !capped && walker.Stop == WalkStop.Completed;
            windowKnown = complete || stats.PassedWindow || stats.WindowCapped;
            JudgeFromStart(rules, problems);
        }
        else
        {
            // The total is unknowable; find the first instances only, with a quarter of the iterations.
            budget.BeginSlice(limits.MaxIterations / 4);
            walker.Reset(long.MinValue);
            for (int i = 0; i < 2 && walker.MoveNext(out long t); i++)
            {
                stats.ObservePrefix(t);
            }

            budgetHit |= walker.Stop == WalkStop.Budget;
            JudgeFromStart(rules, problems);
            budget.EndSlice();
        }

        if (!windowKnown)
        {
            // Phase B: jump to the reference and walk the horizon.
            stats.BeginWindow();
            walker.Reset(referenceSecond);
            while (walker.MoveNext(out long t))
            {
                if (!stats.ObserveWindow(t))
                {
                    break;
                }
            }

            budgetHit |= walker.Stop == WalkStop.Budget;
            countUnknown |= walker.Stop == WalkStop.CountUnknown;
            stats.EndWindow(walker.Stop is WalkStop.Budget or WalkStop.CountUnknown);
        }

        budgetHit |= budget.TimeUp;
        if (budgetHit)
        {
            // Only the deterministic limit is evidence; a slow machine must not change the verdict.
            problems.Add(budget.TimeUp && budget.Used < limits.MaxIterations
                ? new(RecurrenceProblemKind.ClockBudgetExceeded, $"the expansion stopped after {budget.Used} candidates (CPU-time budget {limits.Budget.TotalMilliseconds} ms); counts are lower bounds")
                : new(RecurrenceProblemKind.BudgetExceeded, $"the expansion stopped after {budget.Used} candidates; counts are lower bounds"));
        }
        else if (countUnknown)
        {
            problems.Add(new(RecurrenceProblemKind.BudgetExceeded, $"COUNT is too large to walk from DTSTART within {maxInstances} instances; instances around the reference are unknown"));
        }

        TimeSpan? shortest = stats.MinGap is long gap ? TimeSpan.FromSeconds(gap) : null;
        if (shortest is null && (budgetHit || countUnknown || unbounded || stats.WindowCapped))
        {
            foreach (var rule in rules)
            {
                if (!rule.NeverMatches && (shortest is null || rule.NominalPeriod < shortest))
                {
                    shortest = rule.NominalPeriod;
                }
            }
        }

        long? last = complete && !unbounded && stats.Counted > 0 ? stats.Last : null;
        if (last is long lastSecond && input.Duration > TimeSpan.Zero
            && lastSecond > CivilCalendar.MaxSecond - (input.Duration.Ticks / TimeSpan.TicksPerSecond))
        {
            problems.Add(new(RecurrenceProblemKind.OutOfRange, "the last instance ends after the year 9999"));
        }

        return new RecurrenceSummary
        {
            IsRecurring = set.Recurring,
            IsUnbounded = unbounded,
            TotalInstances = complete && !unbounded ? stats.Counted : null,
            InstancesCounted = stats.Counted,
            InstancesInHorizon = stats.WindowCount,
            InstanceCountIsLowerBound = stats.WindowIsLowerBound || (!windowKnown && stats.WindowCutShort),
            ShortestInterval = shortest,
            InstancesOverlap = shortest is { } s && input.Duration > s,
            FirstInstance = stats.First is long first ? CivilCalendar.ToDateTime(first) : null,
            LastInstance = last is long l ? CivilCalendar.ToDateTime(l) : null,
            NextInstanceAfterReference = stats.Next is long next ? CivilCalendar.ToDateTime(next) : null,
            Frequency = set.Finest,
            BudgetExceeded = budgetHit || countUnknown,
            Problems = problems,
        };
    }

    /// <summary>Expands the instances in [from, to]; see <see cref="RecurrenceAnalyser.Expand"/>.</summary>
    public static RecurrenceExpansion Expand(RecurrenceInput input, DateTime from, DateTime to, RecurrenceLimits limits)
    {
        var problems = new List<RecurrenceProblem>();
        var budget = new IterationBudget(limits.MaxIterations, limits.Budget);
        var set = Prepare(input, budget, problems, reportRuleProblems: false);
        long fromSecond = CivilCalendar.Seconds(from);
        long toSecond = CivilCalendar.Seconds(to);
        int maxInstances = Math.Max(1, limits.MaxInstances);
        var instances = new List<DateTime>();
        bool truncated = false;
        set.Walker.Reset(set.HasCount ? long.MinValue : fromSecond);
        while (set.Walker.MoveNext(out long t))
        {
            if (t < fromSecond)
            {
                continue;
            }

            if (t > toSecond)
            {
                break;
            }

            if (instances.Count >= maxInstances)
            {
                truncated = true;
                break;
            }

            instances.Add(CivilCalendar.ToDateTime(t));
        }

        if (set.Walker.Stop is WalkStop.Budget or WalkStop.CountUnknown)
        {
            truncated = true;
            problems.Add(budget.TimeUp && budget.Used < limits.MaxIterations
                ? new(RecurrenceProblemKind.ClockBudgetExceeded, $"the expansion stopped after {budget.Used} candidates (CPU-time budget)")
                : new(RecurrenceProblemKind.BudgetExceeded, $"the expansion stopped after {budget.Used} candidates"));
        }

        return new RecurrenceExpansion { Instances = instances, IsTruncated = truncated, Problems = problems };
    }

    private static PreparedSet Prepare(RecurrenceInput input, IterationBudget budget, List<RecurrenceProblem> problems, bool reportRuleProblems)
    {
        long start = CivilCalendar.Seconds(input.Start);
        if (input.StartIsDate)
        {
            start -= start % CivilCalendar.SecondsPerDay;
        }

        var ruleList = input.Rules ?? [];
        var exRuleList = input.ExRules ?? [];
        var rules = new List<RuleIterator>(ruleList.Count);
        bool unbounded = false;
        bool hasCount = false;
        RecurrenceFrequency? finest = null;
        for (int i = 0; i < ruleList.Count; i++)
        {
            var rule = ruleList[i];
            if (rule is null)
            {
                continue;
            }

            string label = ruleList.Count > 1 ? $"RRULE #{i + 1}: " : string.Empty;
            long until = UntilSeconds(rule, input);
            var iterator = new RuleIterator(rule, start, input.StartIsDate, until, forceStart: true, budget, reportRuleProblems ? problems : null, label);
            if (reportRuleProblems)
            {
                if (rule.Count > RecurrenceRuleParser.AbsurdCountThreshold)
                {
                    problems.Add(new(RecurrenceProblemKind.AbsurdCount, $"{label}COUNT={rule.Count} is implausibly large"));
                }

                if (rule.Until is { } u && (u.Year > AbsurdUntilLastYear || u.Year < AbsurdUntilFirstYear))
                {
                    problems.Add(new(RecurrenceProblemKind.AbsurdUntil, $"{label}UNTIL in the year {u.Year}"));
                }

                if (until < start)
                {
                    problems.Add(new(RecurrenceProblemKind.UntilBeforeStart, $"{label}UNTIL lies before DTSTART; only DTSTART remains"));
                }

                if (iterator.NeverMatches)
                {
                    problems.Add(new(RecurrenceProblemKind.NeverMatches, $"{label}{iterator.NeverMatchesReason}"));
                }
                else if (iterator.StartSynchronised == false)
                {
                    problems.Add(new(RecurrenceProblemKind.UnsynchronisedStart, $"{label}DTSTART is not an instance of its own rule {Shorten(rule.ToString())}"));
                }
            }

            rules.Add(iterator);
            unbounded |= rule.IsUnbounded;
            hasCount |= rule.Count is not null;
            finest = finest is null || rule.Frequency < finest ? rule.Frequency : finest;
        }

        var exRules = new List<RuleIterator>(exRuleList.Count);
        foreach (var rule in exRuleList)
        {
            if (rule is not null)
            {
                exRules.Add(new RuleIterator(rule, start, input.StartIsDate, UntilSeconds(rule, input), forceStart: false, budget, null, string.Empty));
            }
        }

        long[] rdates = SortedSeconds(input.RDates);
        long[] exdates = SortedSeconds(input.ExDates);
        long[] exdays = SortedDays(input.ExDateDays);
        bool recurring = rules.Count > 0 || Array.Exists(rdates, r => r != start);
        var walker = new RecurrenceSetWalker(rules.ToArray(), exRules.ToArray(), rdates, exdates, exdays, start);
        return new PreparedSet(start, rules, walker, unbounded, hasCount, recurring, finest);
    }

    /// <summary>Reports what iterators that walked from DTSTART found out on the way.</summary>
    private static void JudgeFromStart(List<RuleIterator> rules, List<RecurrenceProblem> problems)
    {
        for (int i = 0; i < rules.Count; i++)
        {
            var rule = rules[i];
            string label = rules.Count > 1 ? $"RRULE #{i + 1}: " : string.Empty;
            if (!rule.FromStart || Has(problems, RecurrenceProblemKind.NeverMatches, label))
            {
                continue;
            }

            if (rule.Stop == RuleStop.NeverMatches)
            {
                problems.Add(new(RecurrenceProblemKind.NeverMatches, $"{label}{rule.NeverMatchesReason}"));
            }
            else if (rule.Generated == 0 && rule.Stop == RuleStop.CalendarEnd)
            {
                const string reason = "the rule produces no instance besides DTSTART up to the year 9999";
                rule.MarkNeverMatches(reason);
                problems.Add(new(RecurrenceProblemKind.NeverMatches, label + reason));
            }
            else if (rule.Generated == 0 && rule.Stop == RuleStop.Budget)
            {
                problems.Add(new(RecurrenceProblemKind.NeverMatches, $"{label}no instance besides DTSTART was found within the budget"));
            }

            if (rule.Stop == RuleStop.CalendarEnd && rule.Count > 0 && !Has(problems, RecurrenceProblemKind.OutOfRange, label))
            {
                problems.Add(new(RecurrenceProblemKind.OutOfRange, $"{label}COUNT={rule.Count} runs past the year 9999; only {rule.Generated + 1} instance(s) are representable"));
            }
        }
    }

    private static bool Has(List<RecurrenceProblem> problems, RecurrenceProblemKind kind, string label)
    {
        foreach (var p in problems)
        {
            if (p.Kind == kind && p.Detail.StartsWith(label, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static long UntilSeconds(RecurrenceRule rule, RecurrenceInput input)
    {
        if (rule.Until is not { } until)
        {
            return long.MaxValue;
        }

        if (rule.UntilIsDate)
        {
            return (DateOnly.FromDateTime(until).DayNumber * CivilCalendar.SecondsPerDay) + CivilCalendar.SecondsPerDay - 1;
        }

        var local = until;
        if (rule.UntilIsUtc && input.UtcToLocal is { } convert)
        {
            try
            {
                local = convert(DateTime.SpecifyKind(until, DateTimeKind.Utc));
            }
            catch (Exception)
            {
                local = until;
            }
        }

        return CivilCalendar.Seconds(local);
    }

    private static long[] SortedSeconds(IReadOnlyList<DateTime>? values)
    {
        if (values is null || values.Count == 0)
        {
            return [];
        }

        var result = new long[values.Count];
        for (int i = 0; i < result.Length; i++)
        {
            result[i] = CivilCalendar.Seconds(values[i]);
        }

        return Dedupe(result);
    }

    private static long[] SortedDays(IReadOnlyList<DateOnly>? values)
    {
        if (values is null || values.Count == 0)
        {
            return [];
        }

        var result = new long[values.Count];
        for (int i = 0; i < result.Length; i++)
        {
            result[i] = values[i].DayNumber;
        }

        return Dedupe(result);
    }

    private static long[] Dedupe(long[] values)
    {
        Array.Sort(values);
        int k = 0;
        for (int i = 0; i < values.Length; i++)
        {
            if (k == 0 || values[i] != values[k - 1])
            {
                values[k++] = values[i];
            }
        }

        return k == values.Length ? values : values[..k];
    }

    private static string Shorten(string text) => text.Length > 80 ? string.Concat(text.AsSpan(0, 80), "…") : text;
}
