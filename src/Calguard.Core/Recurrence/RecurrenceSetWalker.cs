namespace Calguard.Recurrence;

/// <summary>
/// Walks the recurrence set of RFC 5545 §3.8.5 in order: DTSTART, RRULE instances and RDATEs, merged without
/// duplicates, minus EXDATEs, whole excluded days and EXRULE instances.
/// </summary>
internal sealed class RecurrenceSetWalker
{
    private readonly RuleIterator[] _rules;
    private readonly RuleIterator[] _exRules;
    private readonly long[] _ruleHead;
    private readonly long[] _exHead;
    private readonly byte[] _ruleState;
    private readonly byte[] _exState;
    private readonly long[] _rdates;
    private readonly long[] _exdates;
    private readonly long[] _exdays;
    private readonly long _start;
    private readonly bool _passThrough;
    private readonly bool _hasExclusions;
    private bool _startPending;
    private int _rdatePos;
    private int _exdatePos;
    private int _exdayPos;

    // Head states.
    private const byte Empty = 0;
    private const byte Ready = 1;
    private const byte Done = 2;

    public RecurrenceSetWalker(RuleIterator[] rules, RuleIterator[] exRules, long[] rdates, long[] exdates, long[] exdays, long start)
    {
        _rules = rules;
        _exRules = exRules;
        _ruleHead = new long[rules.Length];
        _exHead = new long[exRules.Length];
        _ruleState = new byte[rules.Length];
        _exState = new byte[exRules.Length];
        _rdates = rdates;
        _exdates = exdates;
        _exdays = exdays;
        _start = start;
        _hasExclusions = exRules.Length > 0 || exdates.Length > 0 || exdays.Length > 0;
        _passThrough = rules.Length == 1 && exRules.Length == 0 && rdates.Length == 0 && exdates.Length == 0 && exdays.Length == 0;
    }

    public WalkStop Stop { get; private set; }

    /// <summary>Restarts at the first instance at or after <paramref name="lowerBound"/> (long.MinValue: from the very start).</summary>
    public void Reset(long lowerBound)
    {
        Stop = WalkStop.None;
        foreach (var rule in _rules)
        {
            rule.Reset(lowerBound);
        }

        foreach (var rule in _exRules)
        {
            rule.Reset(lowerBound);
        }

        Array.Clear(_ruleState);
        Array.Clear(_exState);
        _startPending = _rules.Length == 0 && _start >= lowerBound;
        _rdatePos = LowerBound(_rdates, lowerBound);
        _exdatePos = LowerBound(_exdates, lowerBound);
        _exdayPos = LowerBound(_exdays, CivilCalendar.FloorDiv(lowerBound, CivilCalendar.SecondsPerDay));
    }

    public bool MoveNext(out long instant)
    {
        instant = 0;
        if (_passThrough && Stop == WalkStop.None)
        {
            // One RRULE and nothing else: its instances are the set.
            if (_ruleState[0] != Done && Pull(_rules[0], ref instant, ref _ruleState[0]) && _ruleState[0] == Ready)
            {
                _ruleState[0] = Empty;
                return true;
            }

            if (Stop == WalkStop.None)
            {
                Stop = WalkStop.Completed;
            }

            return false;
        }

        while (Stop == WalkStop.None)
        {
            long next = long.MaxValue;
            bool any = false;
            for (int i = 0; i < _rules.Length; i++)
            {
                if (_ruleState[i] == Empty && !Pull(_rules[i], ref _ruleHead[i], ref _ruleState[i]))
                {
                    return false;
                }

                if (_ruleState[i] == Ready && _ruleHead[i] <= next)
                {
                    next = _ruleHead[i];
                    any = true;
                }
            }

            if (_rdatePos < _rdates.Length && _rdates[_rdatePos] <= next)
            {
                next = _rdates[_rdatePos];
                any = true;
            }

            if (_startPending && _start <= next)
            {
                next = _start;
                any = true;
            }

            if (!any)
            {
                Stop = WalkStop.Completed;
                return false;
            }

            // Consume every source that produced this instant (duplicates count once).
            for (int i = 0; i < _rules.Length; i++)
            {
                if (_ruleState[i] == Ready && _ruleHead[i] == next)
                {
                    _ruleState[i] = Empty;
                }
            }

            while (_rdatePos < _rdates.Length && _rdates[_rdatePos] == next)
            {
                _rdatePos++;
            }

            if (_startPending && _start == next)
            {
                _startPending = false;
            }

            bool excluded = false;
            if (_hasExclusions && !IsExcluded(next, out excluded))
            {
                return false;
            }

            if (!excluded)
            {
                instant = next;
                return true;
            }
        }

        return false;
    }

    private bool IsExcluded(long instant, out bool excluded)
    {
        excluded = false;
        while (_exdatePos < _exdates.Length && _exdates[_exdatePos] < instant)
        {
            _exdatePos++;
        }

        if (_exdatePos < _exdates.Length && _exdates[_exdatePos] == instant)
        {
            excluded = true;
            return true;
        }

        long day = CivilCalendar.FloorDiv(instant, CivilCalendar.SecondsPerDay);
        while (_exdayPos < _exdays.Length && _exdays[_exdayPos] < day)
        {
            _exdayPos++;
        }

        if (_exdayPos < _exdays.Length && _exdays[_exdayPos] == day)
        {
            excluded = true;
            return true;
        }

        for (int i = 0; i < _exRules.Length; i++)
        {
            while (true)
            {
                if (_exState[i] == Empty && !Pull(_exRules[i], ref _exHead[i], ref _exState[i]))
                {
                    return false;
                }

                if (_exState[i] != Ready || _exHead[i] > instant)
                {
                    break;
                }

                if (_exHead[i] == instant)
                {
                    excluded = true;
                    return true;
                }

                _exState[i] = Empty;
            }
        }

        return true;
    }

    /// <summary>Fetches the next instance of a rule; false when the whole walk must stop.</summary>
    private bool Pull(RuleIterator rule, ref long head, ref byte state)
    {
        if (rule.MoveNext(out head))
        {
            state = Ready;
            return true;
        }

        switch (rule.Stop)
        {
            case RuleStop.Budget:
                Stop = WalkStop.Budget;
                return false;
            case RuleStop.CountUnknown:
                Stop = WalkStop.CountUnknown;
                return false;
            default:
                state = Done;
                return true;
        }
    }

    private static int LowerBound(long[] sorted, long value)
    {
        int index = Array.BinarySearch(sorted, value);
        if (index < 0)
        {
            return ~index;
        }

        while (index > 0 && sorted[index - 1] == value)
        {
            index--;
        }

        return index;
    }
}
