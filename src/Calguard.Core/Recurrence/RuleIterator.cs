using System.Numerics;

namespace Calguard.Recurrence;

/// <summary>
/// Expands one RRULE in order, period by period (RFC 5545 §3.3.10), without allocating per candidate.
/// </summary>
/// <remarks>
/// <para>
/// Each period (a year, month, week, day, hour, minute or second, stepped by INTERVAL) gets a sorted set of
/// candidate days, built from the most selective BY-part and filtered by all of them, which is the expand/limit
/// table of RFC 5545 p.44. Times come from BYHOUR × BYMINUTE × BYSECOND, indexed arithmetically, so a period with
/// millions of candidates costs nothing until it is walked, and BYSETPOS picks positions without sorting anything.
/// </para>
/// <para>
/// Periods are independent, so without COUNT the iterator can start at the period holding any instant (a "jump").
/// With COUNT it must walk from DTSTART, unless the number of candidate slots before an instance is provably at most
/// COUNT. Sub-daily rules skip whole days, hours or minutes that fail a filter. A rule that cannot match is found
/// statically, or lazily by a 28-year sample once the walk stalls, so adversarial rules end quickly (R37, R38).
/// </para>
/// </remarks>
internal sealed class RuleIterator
{
    private const int MaxPeriodDays = 371;
    private const long StallThreshold = 4096;

    private readonly IterationBudget _budget;
    private readonly RecurrenceFrequency _freq;
    private readonly long _interval;
    private readonly long _start;
    private readonly long _until;
    private readonly long _hardEnd;
    private readonly long _count;
    private readonly bool _forceStart;
    private readonly bool _weekYear;
    private readonly int _wkst;
    private readonly int _weekOrigin;

    private readonly int _monthMask;
    private readonly bool _hasMonthDay;
    private readonly uint _monthDayPos;
    private readonly uint _monthDayNeg;
    private readonly int[] _monthDays;
    private readonly bool _hasYearDay;
    private readonly ulong[] _yearDayPos;
    private readonly ulong[] _yearDayNeg;
    private readonly int[] _yearDays;
    private readonly int[] _weekNos;
    private readonly bool _hasByDay;
    private readonly bool _hasOrdinals;
    private readonly int _plainDays;
    private readonly ulong[] _ordinalPos;
    private readonly ulong[] _ordinalNeg;
    private readonly WeekdayNum[] _byDay;
    private readonly OrdinalScope _scope;

    private readonly int[] _hours;
    private readonly int[] _minutes;
    private readonly int[] _seconds;
    private readonly ulong _hourMask;
    private readonly ulong _minuteMask;
    private readonly ulong _secondMask;
    private readonly long _unitSeconds;
    private readonly int _perDay;
    private readonly int _fixedTime;
    private readonly bool _trivialDays;
    private readonly bool _allDays;
    private readonly bool _simpleCandidates;
    private readonly int _weekOffsets;
    private readonly bool _onePerPeriod;
    private readonly long _periodStride;
    private readonly long _onlyOffset;
    private readonly long _lastOnePeriod;
    private readonly int[] _setPos;
    private readonly long _maxPerPeriod;
    private readonly long _n0;

    // Per-period state; buffers are reused.
    private readonly int[] _days;
    private readonly ulong[] _bits;
    private readonly long[] _index;
    private int _dayCount;
    private long _periodSeconds;
    private long _candidates;
    private int _indexCount;

    // Walk state.
    private long _n;
    private bool _loaded;
    private long _pos;
    private long _end;
    private long _lower;
    private bool _fromStart;
    private bool _startPending;
    private long _emitted;
    private long _sinceEmit;
    private bool _feasibilityChecked;
    private long _cachedDay = -1;
    private bool _cachedAllowed;
    private long _cachedSkip;

    public RuleIterator(RecurrenceRule rule, long start, bool startIsDate, long until, bool forceStart, IterationBudget budget,
        List<RecurrenceProblem>? problems, string label)
    {
        _budget = budget;
        _freq = rule.Frequency;
        _interval = Math.Max(1, rule.Interval);
        _start = Math.Clamp(start, 0, CivilCalendar.MaxSecond);
        _until = until;
        _hardEnd = Math.Min(until, CivilCalendar.MaxSecond);
        _count = rule.Count is > 0 ? rule.Count.Value : 0;
        _forceStart = forceStart;
        _wkst = (int)rule.WeekStart;
        _weekOrigin = (_wkst + 6) % 7;

        long startDay = _start / CivilCalendar.SecondsPerDay;
        int startSecond = (int)(_start % CivilCalendar.SecondsPerDay);
        CivilCalendar.CivilFromDay(startDay, out int startYear, out int startMonth, out int startDom);
        int startWeekday = CivilCalendar.Weekday(startDay);

        bool yearly = _freq == RecurrenceFrequency.Yearly;
        bool monthly = _freq == RecurrenceFrequency.Monthly;
        int[] byMonth = rule.ByMonthValues;
        int[] byMonthDay = _freq == RecurrenceFrequency.Weekly ? [] : rule.ByMonthDayValues;
        int[] byYearDay = _freq is RecurrenceFrequency.Daily or RecurrenceFrequency.Weekly or RecurrenceFrequency.Monthly ? [] : rule.ByYearDayValues;
        int[] byWeekNo = yearly ? rule.ByWeekNoValues : [];
        WeekdayNum[] byDay = rule.ByDayValues;

        // Values RFC 5545 leaves to DTSTART ("information not contained in the rule"), as libical and Ical.Net do.
        bool explicitMonth = byMonth.Length > 0;
        if (_freq == RecurrenceFrequency.Weekly && byDay.Length == 0)
        {
            byDay = [new WeekdayNum(0, (DayOfWeek)startWeekday)];
        }

        if (yearly && byWeekNo.Length > 0 && byDay.Length == 0 && byMonthDay.Length == 0 && byYearDay.Length == 0)
        {
            byDay = [new WeekdayNum(0, (DayOfWeek)startWeekday)];
        }

        if ((monthly || yearly) && byDay.Length == 0 && byWeekNo.Length == 0 && byYearDay.Length == 0 && byMonthDay.Length == 0)
        {
            byMonthDay = [startDom];
        }

        if (yearly && byMonth.Length == 0 && byWeekNo.Length == 0 && byYearDay.Length == 0 && byMonthDay.Length > 0)
        {
            byMonth = [startMonth];
        }

        _weekYear = yearly && byWeekNo.Length > 0;
        _scope = monthly ? OrdinalScope.Month : _weekYear ? OrdinalScope.Week : explicitMonth ? OrdinalScope.Month : OrdinalScope.Year;
        bool ordinalsAllowed = monthly || yearly;

        _monthMask = 0;
        foreach (int m in byMonth)
        {
            _monthMask |= 1 << m;
        }

        if (_monthMask == 0)
        {
            _monthMask = 0x1FFE;
        }

        _monthDays = byMonthDay;
        _hasMonthDay = byMonthDay.Length > 0;
        foreach (int d in byMonthDay)
        {
            if (d > 0)
            {
                _monthDayPos |= 1u << d;
            }
            else
            {
                _monthDayNeg |= 1u << -d;
            }
        }

        _yearDays = byYearDay;
        _hasYearDay = byYearDay.Length > 0;
        _yearDayPos = _hasYearDay ? new ulong[6] : [];
        _yearDayNeg = _hasYearDay ? new ulong[6] : [];
        foreach (int d in byYearDay)
        {
            var target = d > 0 ? _yearDayPos : _yearDayNeg;
            int b = Math.Abs(d);
            target[b >> 6] |= 1UL << (b & 63);
        }

        _weekNos = byWeekNo;
        _byDay = byDay;
        _hasByDay = byDay.Length > 0;
        bool anyOrdinal = false;
        foreach (var w in byDay)
        {
            anyOrdinal |= w.Ordinal != 0 && ordinalsAllowed;
        }

        _ordinalPos = anyOrdinal ? new ulong[7] : [];
        _ordinalNeg = anyOrdinal ? new ulong[7] : [];
        foreach (var w in byDay)
        {
            int dow = (int)w.Day;
            if (w.Ordinal == 0 || !ordinalsAllowed)
            {
                _plainDays |= 1 << dow;
            }
            else if (w.Ordinal > 0)
            {
                _ordinalPos[dow] |= 1UL << w.Ordinal;
                _hasOrdinals = true;
            }
            else
            {
                _ordinalNeg[dow] |= 1UL << -w.Ordinal;
                _hasOrdinals = true;
            }
        }

        // Times. RFC 5545: BYHOUR/BYMINUTE/BYSECOND MUST NOT be used with a DATE DTSTART; they are ignored then.
        int startHour = startSecond / 3600;
        int startMinute = (startSecond / 60) % 60;
        int startSec = startSecond % 60;
        int[] byHour = rule.ByHourValues;
        int[] byMinute = rule.ByMinuteValues;
        int[] bySecond = rule.BySecondValues;
        if (startIsDate && byHour.Length + byMinute.Length + bySecond.Length > 0)
        {
            problems?.Add(new(RecurrenceProblemKind.UnsupportedCombination, $"{label}BYHOUR, BYMINUTE and BYSECOND are ignored with an all-day DTSTART"));
            byHour = [];
            byMinute = [];
            bySecond = [];
        }

        if (startIsDate && _freq < RecurrenceFrequency.Daily)
        {
            problems?.Add(new(RecurrenceProblemKind.UnsupportedCombination, $"{label}FREQ={RecurrenceRule.FrequencyName(_freq)} with an all-day DTSTART"));
        }

        bool hasLeapSecond = Array.IndexOf(bySecond, 60) >= 0;
        _hourMask = byHour.Length == 0 || _freq >= RecurrenceFrequency.Daily ? ulong.MaxValue : Mask(byHour);
        _minuteMask = byMinute.Length == 0 || _freq >= RecurrenceFrequency.Hourly ? ulong.MaxValue : Mask(byMinute);
        _secondMask = bySecond.Length == 0 || _freq >= RecurrenceFrequency.Minutely ? ulong.MaxValue : Mask(bySecond) & ~(1UL << 60);
        _hours = _freq >= RecurrenceFrequency.Daily ? SortedOr(byHour, startHour, 23) : [];
        _minutes = _freq >= RecurrenceFrequency.Hourly ? SortedOr(byMinute, startMinute, 59) : [];
        _seconds = _freq >= RecurrenceFrequency.Minutely ? SortedOr(bySecond, startSec, 59) : [];
        _unitSeconds = _freq switch
        {
            RecurrenceFrequency.Hourly => 3600,
            RecurrenceFrequency.Minutely => 60,
            RecurrenceFrequency.Secondly => 1,
            _ => 0,
        };
        _perDay = _freq switch
        {
            RecurrenceFrequency.Secondly => 1,
            RecurrenceFrequency.Minutely => _seconds.Length,
            RecurrenceFrequency.Hourly => _minutes.Length * _seconds.Length,
            _ => _hours.Length * _minutes.Length * _seconds.Length,
        };
        _fixedTime = _perDay == 1 && _freq >= RecurrenceFrequency.Daily ? (_hours[0] * 3600) + (_minutes[0] * 60) + _seconds[0] : 0;
        _trivialDays = _monthMask == 0x1FFE && !_hasMonthDay && !_hasYearDay && !_hasOrdinals;
        _allDays = _trivialDays && !_hasByDay;
        _days = new int[_freq switch
        {
            RecurrenceFrequency.Yearly => MaxPeriodDays,
            RecurrenceFrequency.Monthly => 31,
            RecurrenceFrequency.Weekly => 7,
            _ => 1,
        }];
        _bits = _freq >= RecurrenceFrequency.Monthly ? new ulong[6] : [];
        for (int k = 0; k < 7; k++)
        {
            _weekOffsets |= ((_plainDays >> ((_wkst + k) % 7)) & 1) << k;
        }

        _simpleCandidates = _perDay == 1 && _freq >= RecurrenceFrequency.Daily && rule.BySetPosValues.Length == 0;
        _setPos = rule.BySetPosValues;
        _index = new long[_setPos.Length];
        _maxPerPeriod = MaxPerPeriod();

        // The common shapes (FREQ=SECONDLY/MINUTELY/HOURLY/DAILY with nothing to filter, WEEKLY on one weekday):
        // exactly one candidate per period, at a fixed offset, so no period set needs building.
        bool unfiltered = _perDay == 1 && _setPos.Length == 0;
        if (unfiltered && _unitSeconds > 0 && _allDays && _hourMask == ulong.MaxValue && _minuteMask == ulong.MaxValue && _secondMask == ulong.MaxValue)
        {
            _onePerPeriod = true;
            _periodStride = _unitSeconds;
            _onlyOffset = SubDailyOffset(0);
        }
        else if (unfiltered && _freq == RecurrenceFrequency.Daily && _allDays)
        {
            _onePerPeriod = true;
            _periodStride = CivilCalendar.SecondsPerDay;
            _onlyOffset = _fixedTime;
        }
        else if (unfiltered && _freq == RecurrenceFrequency.Weekly && _trivialDays && BitOperations.PopCount((uint)_weekOffsets) == 1)
        {
            _onePerPeriod = true;
            _periodStride = 7 * CivilCalendar.SecondsPerDay;
            _onlyOffset = ((_weekOrigin + BitOperations.TrailingZeroCount(_weekOffsets)) * CivilCalendar.SecondsPerDay) + _fixedTime;
        }

        _lastOnePeriod = _onePerPeriod ? CivilCalendar.FloorDiv(CivilCalendar.MaxSecond - _onlyOffset, _periodStride) : 0;
        _n0 = PeriodOf(_start);
        _n = _n0;

        NeverMatchesReason = StaticNeverMatches(startWeekday, startHour, startMinute, startSec, hasLeapSecond);
        if (NeverMatchesReason is not null)
        {
            NeverMatches = true;
        }
        else
        {
            StartSynchronised = ProbeStart();
        }

        Reset(_start);
    }

    /// <summary>Why the iterator stopped; <see cref="RuleStop.None"/> while it can go on.</summary>
    public RuleStop Stop { get; private set; }

    /// <summary>True when the rule can produce nothing but DTSTART.</summary>
    public bool NeverMatches { get; private set; }

    /// <summary>Why <see cref="NeverMatches"/> is true.</summary>
    public string? NeverMatchesReason { get; private set; }

    /// <summary>True when DTSTART is one of the rule's own candidates; null when unknown.</summary>
    public bool? StartSynchronised { get; }

    /// <summary>The rule's nominal period (FREQ × INTERVAL), capped at ten thousand years.</summary>
    public TimeSpan NominalPeriod => _freq switch
    {
        RecurrenceFrequency.Yearly => TimeSpan.FromDays(365.0 * Math.Min(_interval, 10_000)),
        RecurrenceFrequency.Monthly => TimeSpan.FromDays(28.0 * Math.Min(_interval, 120_000)),
        RecurrenceFrequency.Weekly => TimeSpan.FromDays(7.0 * Math.Min(_interval, 520_000)),
        RecurrenceFrequency.Daily => TimeSpan.FromDays(Math.Min(_interval, 3_650_000)),
        _ => TimeSpan.FromSeconds(Math.Min((double)_unitSeconds * _interval, 86_400.0 * 3_650_000)),
    };

    /// <summary>Instances produced by the rule itself since the last reset, DTSTART excluded.</summary>
    public long Generated => _emitted - (_fromStart && _forceStart && !_startPending ? 1 : 0);

    /// <summary>True when the last reset started at DTSTART (so COUNT is honoured exactly).</summary>
    public bool FromStart => _fromStart;

    /// <summary>COUNT, or 0.</summary>
    public long Count => _count;

    /// <summary>Restarts the expansion at the first instance at or after <paramref name="lowerBound"/>.</summary>
    /// <remarks>
    /// From DTSTART, COUNT is counted exactly. Later starts jump straight to the period that holds the bound; with
    /// COUNT an instance is then only produced when it provably lies within COUNT, otherwise the iterator stops with
    /// <see cref="RuleStop.CountUnknown"/>.
    /// </remarks>
    public void Reset(long lowerBound)
    {
        _lower = Math.Max(lowerBound, _start);
        _fromStart = _lower == _start;
        _startPending = _forceStart && _fromStart;
        _n = _fromStart ? _n0 : AlignDown(PeriodOf(_lower));
        _loaded = false;
        _emitted = 0;
        _sinceEmit = 0;
        Stop = NeverMatches ? RuleStop.NeverMatches : RuleStop.None;
        if (_lower > _hardEnd)
        {
            Stop = _lower > _until ? RuleStop.Until : RuleStop.CalendarEnd;
        }
    }

    /// <summary>Produces the next instance start (seconds since 0001-01-01) in ascending order.</summary>
    public bool MoveNext(out long instant)
    {
        instant = 0;
        if (_startPending)
        {
            _startPending = false;
            _emitted = 1;
            instant = _start;
            return true;
        }

        if (Stop != RuleStop.None)
        {
            return false;
        }

        if (_onePerPeriod)
        {
            return MoveNextOnePerPeriod(out instant);
        }

        while (true)
        {
            if (!_loaded && !LoadNextPeriod())
            {
                return false;
            }

            while (_pos < _end)
            {
                long position = _pos++;
                long candidate = CandidateAt(position);
                _budget.Tick();
                _sinceEmit++;
                if (candidate < _lower || (_forceStart && candidate == _start))
                {
                    continue;
                }

                if (candidate > _until)
                {
                    Stop = RuleStop.Until;
                    return false;
                }

                if (candidate > CivilCalendar.MaxSecond)
                {
                    Stop = RuleStop.CalendarEnd;
                    return false;
                }

                if (_count > 0)
                {
                    if (_fromStart)
                    {
                        if (_emitted >= _count)
                        {
                            Stop = RuleStop.Count;
                            return false;
                        }
                    }
                    else if (!WithinCount(position))
                    {
                        Stop = RuleStop.CountUnknown;
                        return false;
                    }
                }

                if (_budget.Exhausted)
                {
                    Stop = RuleStop.Budget;
                    return false;
                }

                _emitted++;
                _sinceEmit = 0;
                instant = candidate;
                return true;
            }

            _loaded = false;
            _n += _interval;
        }
    }

    /// <summary>The fast path for rules where every period yields exactly one instance at a fixed offset.</summary>
    private bool MoveNextOnePerPeriod(out long instant)
    {
        instant = 0;
        while (true)
        {
            if (_budget.Exhausted)
            {
                Stop = RuleStop.Budget;
                return false;
            }

            if (_n > _lastOnePeriod)
            {
                Stop = RuleStop.CalendarEnd;
                return false;
            }

            long candidate = (_n * _periodStride) + _onlyOffset;
            long n = _n;
            _n += _interval;
            _budget.Tick();
            if (candidate < _lower || (_forceStart && candidate == _start))
            {
                continue;
            }

            if (candidate > _until)
            {
                Stop = RuleStop.Until;
                return false;
            }

            if (candidate > CivilCalendar.MaxSecond)
            {
                Stop = RuleStop.CalendarEnd;
                return false;
            }

            if (_count > 0)
            {
                if (_fromStart ? _emitted >= _count : ((n - _n0) / _interval) + 1 + (_forceStart ? 1 : 0) > _count)
                {
                    Stop = _fromStart ? RuleStop.Count : RuleStop.CountUnknown;
                    return false;
                }
            }

            _emitted++;
            instant = candidate;
            return true;
        }
    }

    /// <summary>Records that a walk from DTSTART reached the end of the calendar without an instance.</summary>
    public void MarkNeverMatches(string reason)
    {
        NeverMatches = true;
        NeverMatchesReason = reason;
    }

    private bool LoadNextPeriod()
    {
        while (true)
        {
            if (_budget.Exhausted)
            {
                Stop = RuleStop.Budget;
                return false;
            }

            if (!_feasibilityChecked && _sinceEmit > StallThreshold)
            {
                _feasibilityChecked = true;
                if (!Feasible())
                {
                    NeverMatches = true;
                    NeverMatchesReason = "no day in a 28-year sample of the calendar satisfies the BY-parts";
                    Stop = RuleStop.NeverMatches;
                    return false;
                }
            }

            long periodStart = PeriodStartSeconds(_n);
            if (periodStart > _hardEnd)
            {
                Stop = periodStart > _until ? RuleStop.Until : RuleStop.CalendarEnd;
                return false;
            }

            _budget.Tick();
            _sinceEmit++;
            long next = _n + _interval;
            long n = Fill(_n, ref next);
            if (n > 0)
            {
                _loaded = true;
                _pos = 0;
                _end = _setPos.Length > 0 ? _indexCount : n;
                if (periodStart < _lower)
                {
                    _pos = FirstPositionAtOrAfter(_lower);
                }

                return true;
            }

            _n = next;
        }
    }

    /// <summary>Binary search over the sorted candidates of the loaded period.</summary>
    private long FirstPositionAtOrAfter(long bound)
    {
        long lo = 0;
        long hi = _end;
        while (lo < hi)
        {
            long mid = lo + ((hi - lo) >> 1);
            if (CandidateAt(mid) < bound)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    private bool WithinCount(long position)
    {
        // Upper bound of the rule's instances up to this one: every slot of every earlier period, plus DTSTART.
        long periodsBefore = (_n - _n0) / _interval;
        if (_maxPerPeriod > 0 && periodsBefore > (_count / _maxPerPeriod) + 1)
        {
            return false;
        }

        long slots = (periodsBefore * _maxPerPeriod) + position + 1 + (_forceStart ? 1 : 0);
        return slots <= _count;
    }

    private long CandidateAt(long position)
    {
        if (_simpleCandidates)
        {
            return (_days[(int)position] * CivilCalendar.SecondsPerDay) + _fixedTime;
        }

        long i = _setPos.Length > 0 ? _index[position] : position;
        if (_unitSeconds > 0)
        {
            return _periodSeconds + SubDailyOffset((int)i);
        }

        long day = _days[i / _perDay];
        return (day * CivilCalendar.SecondsPerDay) + TimeOfDay((int)(i % _perDay));
    }

    private int TimeOfDay(int j)
    {
        if (_perDay == 1)
        {
            return _fixedTime;
        }

        int s = _seconds.Length;
        int ms = _minutes.Length * s;
        return (_hours[j / ms] * 3600) + (_minutes[(j / s) % _minutes.Length] * 60) + _seconds[j % s];
    }

    private int SubDailyOffset(int j) => _freq switch
    {
        RecurrenceFrequency.Hourly => (_minutes[j / _seconds.Length] * 60) + _seconds[j % _seconds.Length],
        RecurrenceFrequency.Minutely => _seconds[j],
        _ => 0,
    };

    // ---- periods ----
    private long PeriodOf(long seconds)
    {
        long day = seconds / CivilCalendar.SecondsPerDay;
        switch (_freq)
        {
            case RecurrenceFrequency.Yearly:
                if (_weekYear)
                {
                    return CivilCalendar.WeekYearOf(day, _wkst);
                }

                CivilCalendar.CivilFromDay(Math.Min(day, CivilCalendar.MaxDay), out int y, out _, out _);
                return y;
            case RecurrenceFrequency.Monthly:
                CivilCalendar.CivilFromDay(Math.Min(day, CivilCalendar.MaxDay), out int year, out int month, out _);
                return (year * 12L) + month - 1;
            case RecurrenceFrequency.Weekly:
                return CivilCalendar.FloorDiv(day - _weekOrigin, 7);
            case RecurrenceFrequency.Daily:
                return day;
            default:
                return seconds / _unitSeconds;
        }
    }

    private long PeriodStartSeconds(long n)
    {
        const long end = long.MaxValue;
        switch (_freq)
        {
            case RecurrenceFrequency.Yearly:
                if (n > CivilCalendar.MaxYear)
                {
                    return end;
                }

                return (_weekYear ? CivilCalendar.FirstWeekStart(n, _wkst) : CivilCalendar.YearStart(n)) * CivilCalendar.SecondsPerDay;
            case RecurrenceFrequency.Monthly:
                if (n / 12 > CivilCalendar.MaxYear)
                {
                    return end;
                }

                return CivilCalendar.DayFromCivil(n / 12, (int)(n % 12) + 1, 1) * CivilCalendar.SecondsPerDay;
            case RecurrenceFrequency.Weekly:
                return n > (CivilCalendar.MaxDay / 7) + 1 ? end : (_weekOrigin + (7 * n)) * CivilCalendar.SecondsPerDay;
            case RecurrenceFrequency.Daily:
                return n > CivilCalendar.MaxDay ? end : n * CivilCalendar.SecondsPerDay;
            default:
                return n > CivilCalendar.MaxSecond / _unitSeconds ? end : n * _unitSeconds;
        }
    }

    private long AlignDown(long n) => n <= _n0 ? _n0 : _n0 + (((n - _n0) / _interval) * _interval);

    private long AlignUp(long n) => n <= _n0 ? _n0 : _n0 + (((n - _n0 + _interval - 1) / _interval) * _interval);

    /// <summary>Builds the candidate set of period <paramref name="n"/>; returns how many there are (after BYSETPOS).</summary>
    /// <param name="n">The absolute period number.</param>
    /// <param name="next">The next period to try; sub-daily rules move it past days, hours or minutes that cannot match.</param>
    private long Fill(long n, ref long next)
    {
        long total;
        if (_unitSeconds > 0)
        {
            total = FillSubDaily(n, ref next);
        }
        else if (_freq == RecurrenceFrequency.Daily)
        {
            _dayCount = 0;
            if (DayAllowed(n, out long skipTo))
            {
                _days[_dayCount++] = (int)n;
            }
            else
            {
                next = Math.Max(next, AlignUp(skipTo));
            }

            total = _dayCount * (long)_perDay;
        }
        else if (_freq == RecurrenceFrequency.Weekly)
        {
            _dayCount = 0;
            FillWeek(n);
            total = _dayCount * (long)_perDay;
        }
        else
        {
            Array.Clear(_bits);
            long baseDay = _freq == RecurrenceFrequency.Monthly ? FillMonth(n) : _weekYear ? FillWeekYear(n) : FillYear(n);
            _dayCount = 0;
            for (int w = 0; w < _bits.Length; w++)
            {
                ulong word = _bits[w];
                while (word != 0)
                {
                    int bit = BitOperations.TrailingZeroCount(word);
                    word &= word - 1;
                    long day = baseDay + (w * 64) + bit;
                    if (day >= 0 && day <= CivilCalendar.MaxDay)
                    {
                        _days[_dayCount++] = (int)day;
                    }
                }
            }

            total = (long)_dayCount * _perDay;
        }

        _candidates = total;
        if (_setPos.Length == 0 || total == 0)
        {
            _indexCount = 0;
            return total;
        }

        _indexCount = 0;
        foreach (int p in _setPos)
        {
            long i = p > 0 ? p - 1 : total + p;
            if (i >= 0 && i < total)
            {
                _index[_indexCount++] = i;
            }
        }

        if (_indexCount > 1)
        {
            var span = _index.AsSpan(0, _indexCount);
            span.Sort();
            int k = 1;
            for (int j = 1; j < span.Length; j++)
            {
                if (span[j] != span[k - 1])
                {
                    span[k++] = span[j];
                }
            }

            _indexCount = k;
        }

        return _indexCount;
    }

    private long FillYear(long year)
    {
        long jan1 = CivilCalendar.YearStart(year);
        int daysInYear = CivilCalendar.DaysInYear(year);
        int work = 0;
        if (_hasYearDay)
        {
            foreach (int v in _yearDays)
            {
                int doy = v > 0 ? v : daysInYear + v + 1;
                if (doy < 1 || doy > daysInYear)
                {
                    continue;
                }

                CivilCalendar.MonthFromDayOfYear(year, doy, out int month, out int dom);
                work++;
                if (DayMatches(jan1 + doy - 1, year, month, dom, doy, daysInYear))
                {
                    SetBit(doy - 1);
                }
            }
        }
        else if (_hasMonthDay)
        {
            for (int month = 1; month <= 12; month++)
            {
                if ((_monthMask & (1 << month)) == 0)
                {
                    continue;
                }

                int dim = CivilCalendar.DaysInMonth(year, month);
                int monthStart = CivilCalendar.MonthStartInYear(year, month);
                foreach (int v in _monthDays)
                {
                    int dom = v > 0 ? v : dim + v + 1;
                    if (dom < 1 || dom > dim)
                    {
                        continue;
                    }

                    work++;
                    int doy = monthStart + dom;
                    if (DayMatches(jan1 + doy - 1, year, month, dom, doy, daysInYear))
                    {
                        SetBit(doy - 1);
                    }
                }
            }
        }
        else if (_hasByDay && _scope == OrdinalScope.Month)
        {
            for (int month = 1; month <= 12; month++)
            {
                if ((_monthMask & (1 << month)) != 0)
                {
                    int monthStart = CivilCalendar.MonthStartInYear(year, month);
                    work += AddWeekdays(year, jan1, daysInYear, jan1 + monthStart, CivilCalendar.DaysInMonth(year, month));
                }
            }
        }
        else if (_hasByDay)
        {
            work += AddWeekdays(year, jan1, daysInYear, jan1, daysInYear);
        }
        else
        {
            for (int doy = 1; doy <= daysInYear; doy++)
            {
                CivilCalendar.MonthFromDayOfYear(year, doy, out int month, out int dom);
                work++;
                if (DayMatches(jan1 + doy - 1, year, month, dom, doy, daysInYear))
                {
                    SetBit(doy - 1);
                }
            }
        }

        _budget.Add(work);
        return jan1;
    }

    /// <summary>Adds the BYDAY days inside [first, first + length) to the period set; returns the work done.</summary>
    private int AddWeekdays(long year, long jan1, int daysInYear, long first, int length)
    {
        int work = 0;
        foreach (var w in _byDay)
        {
            int dow = (int)w.Day;
            long firstOfDay = first + ((dow - CivilCalendar.Weekday(first) + 7) % 7);
            long last = first + length - 1;
            long lastOfDay = last - ((CivilCalendar.Weekday(last) - dow + 7) % 7);
            long from;
            long to;
            if (w.Ordinal == 0 || _freq is not (RecurrenceFrequency.Monthly or RecurrenceFrequency.Yearly))
            {
                from = firstOfDay;
                to = lastOfDay;
            }
            else if (w.Ordinal > 0)
            {
                from = to = firstOfDay + (7L * (w.Ordinal - 1));
            }
            else
            {
                from = to = lastOfDay + (7L * (w.Ordinal + 1));
            }

            for (long day = from; day <= to && day <= last; day += 7)
            {
                if (day < first)
                {
                    continue;
                }

                int doy = (int)(day - jan1) + 1;
                CivilCalendar.MonthFromDayOfYear(year, doy, out int month, out int dom);
                work++;
                if (DayMatches(day, year, month, dom, doy, daysInYear))
                {
                    SetBit(doy - 1);
                }
            }
        }

        return work;
    }

    private long FillWeekYear(long weekYear)
    {
        long firstWeek = CivilCalendar.FirstWeekStart(weekYear, _wkst);
        int weeks = (int)((CivilCalendar.FirstWeekStart(weekYear + 1, _wkst) - firstWeek) / 7);
        int work = 0;
        foreach (int v in _weekNos)
        {
            int week = v > 0 ? v : weeks + v + 1;
            if (week < 1 || week > weeks)
            {
                continue;
            }

            int offset = (week - 1) * 7;
            for (int k = 0; k < 7; k++)
            {
                long day = firstWeek + offset + k;
                if (day < 0 || day > CivilCalendar.MaxDay)
                {
                    continue;
                }

                if (_hasByDay && !WeekdayAllowedInWeek(CivilCalendar.Weekday(day)))
                {
                    continue;
                }

                CivilCalendar.CivilFromDay(day, out int year, out int month, out int dom);
                int doy = (int)(day - CivilCalendar.YearStart(year)) + 1;
                work++;
                if (DayMatches(day, year, month, dom, doy, CivilCalendar.DaysInYear(year)))
                {
                    SetBit(offset + k);
                }
            }
        }

        _budget.Add(work);
        return firstWeek;
    }

    private bool WeekdayAllowedInWeek(int dow)
        => ((_plainDays >> dow) & 1) != 0 || (_hasOrdinals && (((_ordinalPos[dow] >> 1) & 1) != 0 || ((_ordinalNeg[dow] >> 1) & 1) != 0));

    private long FillMonth(long n)
    {
        long year = n / 12;
        int month = (int)(n % 12) + 1;
        long first = CivilCalendar.DayFromCivil(year, month, 1);
        if ((_monthMask & (1 << month)) == 0)
        {
            return first;
        }

        long jan1 = CivilCalendar.YearStart(year);
        int daysInYear = CivilCalendar.DaysInYear(year);
        int dim = CivilCalendar.DaysInMonth(year, month);
        int monthStart = CivilCalendar.MonthStartInYear(year, month);
        int work = 0;
        if (_hasMonthDay)
        {
            foreach (int v in _monthDays)
            {
                int dom = v > 0 ? v : dim + v + 1;
                if (dom < 1 || dom > dim)
                {
                    continue;
                }

                work++;
                if (DayMatches(first + dom - 1, year, month, dom, monthStart + dom, daysInYear))
                {
                    SetBit(dom - 1);
                }
            }
        }
        else if (_hasByDay)
        {
            // AddWeekdays sets bits by day of year; shift them to the month afterwards.
            Array.Clear(_bits);
            work += AddWeekdays(year, jan1, daysInYear, first, dim);
            ShiftBitsDown(monthStart);
        }
        else
        {
            for (int dom = 1; dom <= dim; dom++)
            {
                work++;
                if (DayMatches(first + dom - 1, year, month, dom, monthStart + dom, daysInYear))
                {
                    SetBit(dom - 1);
                }
            }
        }

        _budget.Add(work);
        return first;
    }

    private void ShiftBitsDown(int shift)
    {
        Span<ulong> copy = stackalloc ulong[6];
        _bits.CopyTo(copy);
        Array.Clear(_bits);
        for (int w = 0; w < copy.Length; w++)
        {
            ulong word = copy[w];
            while (word != 0)
            {
                int bit = BitOperations.TrailingZeroCount(word);
                word &= word - 1;
                int target = (w * 64) + bit - shift;
                if (target >= 0)
                {
                    SetBit(target);
                }
            }
        }
    }

    private void FillWeek(long n)
    {
        long first = _weekOrigin + (7 * n);
        int work = 0;
        for (int k = 0; k < 7; k++)
        {
            long day = first + k;
            if (((_weekOffsets >> k) & 1) == 0 || day < 0 || day > CivilCalendar.MaxDay)
            {
                continue;
            }

            work++;
            if (_trivialDays)
            {
                _days[_dayCount++] = (int)day;
                continue;
            }

            CivilCalendar.CivilFromDay(day, out int year, out int month, out int dom);
            int doy = (int)(day - CivilCalendar.YearStart(year)) + 1;
            if (DayMatches(day, year, month, dom, doy, CivilCalendar.DaysInYear(year)))
            {
                _days[_dayCount++] = (int)day;
            }
        }

        _budget.Add(work);
    }

    private long FillSubDaily(long n, ref long next)
    {
        long seconds = n * _unitSeconds;
        long day = seconds / CivilCalendar.SecondsPerDay;
        if (!DayAllowed(day, out long skipDay))
        {
            next = Math.Max(next, AlignUp(CivilCalendar.FloorDiv(skipDay * CivilCalendar.SecondsPerDay, _unitSeconds)));
            return 0;
        }

        int secondOfDay = (int)(seconds - (day * CivilCalendar.SecondsPerDay));
        int hour = secondOfDay / 3600;
        if (((_hourMask >> hour) & 1) == 0)
        {
            next = Math.Max(next, AlignUp(SkipTarget(_hourMask, hour, 24, 3600, day * CivilCalendar.SecondsPerDay)));
            return 0;
        }

        if (_freq <= RecurrenceFrequency.Minutely)
        {
            int minute = (secondOfDay / 60) % 60;
            long hourStart = (day * CivilCalendar.SecondsPerDay) + (hour * 3600L);
            if (((_minuteMask >> minute) & 1) == 0)
            {
                next = Math.Max(next, AlignUp(SkipTarget(_minuteMask, minute, 60, 60, hourStart)));
                return 0;
            }

            if (_freq == RecurrenceFrequency.Secondly)
            {
                int second = secondOfDay % 60;
                if (((_secondMask >> second) & 1) == 0)
                {
                    next = Math.Max(next, AlignUp(SkipTarget(_secondMask, second, 60, 1, hourStart + (minute * 60L))));
                    return 0;
                }
            }
        }

        _periodSeconds = seconds;
        return _perDay;
    }

    /// <summary>The period number of the next allowed hour, minute or second, or of the start of the enclosing unit.</summary>
    private long SkipTarget(ulong mask, int current, int size, long unit, long enclosingStart)
    {
        ulong higher = current + 1 >= 64 ? 0 : mask & (~0UL << (current + 1));
        if (size < 64)
        {
            higher &= (1UL << size) - 1;
        }

        long target = higher != 0
            ? enclosingStart + (BitOperations.TrailingZeroCount(higher) * unit)
            : enclosingStart + (size * unit);
        return CivilCalendar.FloorDiv(target, _unitSeconds);
    }

    /// <summary>The day-level filter for DAILY and sub-daily rules; on failure tells where the next chance is.</summary>
    private bool DayAllowed(long day, out long skipTo)
    {
        skipTo = day + 1;
        if (day < 0 || day > CivilCalendar.MaxDay)
        {
            return false;
        }

        if (_trivialDays)
        {
            return _allDays || ((_plainDays >> CivilCalendar.Weekday(day)) & 1) != 0;
        }

        if (day == _cachedDay)
        {
            skipTo = _cachedSkip;
            return _cachedAllowed;
        }

        _cachedDay = day;
        _cachedAllowed = DayAllowedUncached(day, out skipTo);
        _cachedSkip = skipTo;
        return _cachedAllowed;
    }

    private bool DayAllowedUncached(long day, out long skipTo)
    {
        skipTo = day + 1;

        CivilCalendar.CivilFromDay(day, out int year, out int month, out int dom);
        if ((_monthMask & (1 << month)) == 0)
        {
            skipTo = day - dom + 1 + CivilCalendar.DaysInMonth(year, month);
            return false;
        }

        int doy = (int)(day - CivilCalendar.YearStart(year)) + 1;
        return DayMatches(day, year, month, dom, doy, CivilCalendar.DaysInYear(year));
    }

    private bool DayMatches(long day, long year, int month, int dom, int doy, int daysInYear)
    {
        if ((_monthMask & (1 << month)) == 0)
        {
            return false;
        }

        if (_hasMonthDay)
        {
            int dim = CivilCalendar.DaysInMonth(year, month);
            if (((_monthDayPos >> dom) & 1) == 0 && ((_monthDayNeg >> (dim - dom + 1)) & 1) == 0)
            {
                return false;
            }
        }

        if (_hasYearDay)
        {
            int neg = daysInYear - doy + 1;
            if (((_yearDayPos[doy >> 6] >> (doy & 63)) & 1) == 0 && ((_yearDayNeg[neg >> 6] >> (neg & 63)) & 1) == 0)
            {
                return false;
            }
        }

        if (_hasByDay)
        {
            int dow = CivilCalendar.Weekday(day);
            if (((_plainDays >> dow) & 1) == 0)
            {
                if (!_hasOrdinals)
                {
                    return false;
                }

                int nth;
                int nthFromEnd;
                switch (_scope)
                {
                    case OrdinalScope.Month:
                        nth = ((dom - 1) / 7) + 1;
                        nthFromEnd = ((CivilCalendar.DaysInMonth(year, month) - dom) / 7) + 1;
                        break;
                    case OrdinalScope.Year:
                        nth = ((doy - 1) / 7) + 1;
                        nthFromEnd = ((daysInYear - doy) / 7) + 1;
                        break;
                    default:
                        nth = 1;
                        nthFromEnd = 1;
                        break;
                }

                if (((_ordinalPos[dow] >> nth) & 1) == 0 && ((_ordinalNeg[dow] >> nthFromEnd) & 1) == 0)
                {
                    return false;
                }
            }
        }

        return true;
    }

    private void SetBit(int offset) => _bits[offset >> 6] |= 1UL << (offset & 63);

    // ---- static analysis ----
    private long MaxPerPeriod()
    {
        long days = _freq switch
        {
            RecurrenceFrequency.Yearly when _hasYearDay => Math.Min(_yearDays.Length, 366),
            RecurrenceFrequency.Yearly when _weekYear => Math.Min(371, _weekNos.Length * (long)(_hasByDay ? BitOperations.PopCount((uint)WeekdaysInByDay()) : 7)),
            RecurrenceFrequency.Yearly when _hasMonthDay => Math.Min(366, BitOperations.PopCount((uint)_monthMask) * (long)_monthDays.Length),
            RecurrenceFrequency.Yearly => 366,
            RecurrenceFrequency.Monthly when _hasMonthDay => Math.Min(31, _monthDays.Length),
            RecurrenceFrequency.Monthly => 31,
            RecurrenceFrequency.Weekly => Math.Max(1, BitOperations.PopCount((uint)_plainDays)),
            _ => 1,
        };
        long perPeriod = days * _perDay;
        return _setPos.Length > 0 ? Math.Min(perPeriod, _setPos.Length) : perPeriod;
    }

    private int WeekdaysInByDay()
    {
        int mask = 0;
        foreach (var w in _byDay)
        {
            mask |= 1 << (int)w.Day;
        }

        return mask;
    }

    /// <summary>Cheap proofs that the rule yields nothing but DTSTART; null when none applies.</summary>
    private string? StaticNeverMatches(int startWeekday, int startHour, int startMinute, int startSecond, bool hasLeapSecond)
    {
        if (_perDay == 0 || (_freq == RecurrenceFrequency.Secondly && hasLeapSecond && (_secondMask & ((1UL << 60) - 1)) == 0))
        {
            return "BYSECOND=60 (a leap second) is the only second allowed, and it cannot be represented";
        }

        // With a step that is a whole number of weeks/days/hours/minutes, some fields never change.
        if (_unitSeconds > 0 || _freq == RecurrenceFrequency.Daily)
        {
            long unit = _unitSeconds > 0 ? _unitSeconds : CivilCalendar.SecondsPerDay;
            long step = unit * _interval;
            if (step % (7 * CivilCalendar.SecondsPerDay) == 0 && _hasByDay && ((_plainDays >> startWeekday) & 1) == 0)
            {
                return $"INTERVAL={_interval} keeps every instance on DTSTART's weekday, which BYDAY excludes";
            }

            if (_unitSeconds > 0 && step % CivilCalendar.SecondsPerDay == 0 && ((_hourMask >> startHour) & 1) == 0)
            {
                return $"INTERVAL={_interval} keeps every instance at hour {startHour}, which BYHOUR excludes";
            }

            if (_unitSeconds is > 0 and < 3600 && step % 3600 == 0 && ((_minuteMask >> startMinute) & 1) == 0)
            {
                return $"INTERVAL={_interval} keeps every instance at minute {startMinute}, which BYMINUTE excludes";
            }

            if (_unitSeconds == 1 && step % 60 == 0 && ((_secondMask >> startSecond) & 1) == 0)
            {
                return $"INTERVAL={_interval} keeps every instance at second {startSecond}, which BYSECOND excludes";
            }
        }

        if (_freq == RecurrenceFrequency.Monthly && _interval % 12 == 0)
        {
            int month = (int)(_n0 % 12) + 1;
            if ((_monthMask & (1 << month)) == 0)
            {
                return $"INTERVAL={_interval} keeps every instance in month {month}, which BYMONTH excludes";
            }
        }

        // Ordinals that cannot exist in their scope, with no plain weekday beside them.
        if (_hasByDay && _plainDays == 0 && _hasOrdinals)
        {
            int limit = _scope switch
            {
                OrdinalScope.Month => 5,
                OrdinalScope.Week => 1,
                _ => 53,
            };
            bool any = false;
            for (int d = 0; d < 7; d++)
            {
                ulong allowed = (2UL << limit) - 2;
                any |= (_ordinalPos[d] & allowed) != 0 || (_ordinalNeg[d] & allowed) != 0;
            }

            if (!any)
            {
                return _scope == OrdinalScope.Week
                    ? "BYDAY ordinals other than ±1 cannot exist within a BYWEEKNO week"
                    : "every BYDAY ordinal exceeds the weeks in its month";
            }
        }

        // Month, month-day and year-day shapes do not depend on weekdays: test a leap and a common year.
        if ((_hasMonthDay || _hasYearDay) && (_monthMask != 0x1FFE || (_hasMonthDay && _hasYearDay) || MonthDaysAboveTwentyEight()))
        {
            if (!ShapeFeasible(2023) && !ShapeFeasible(2024))
            {
                return _hasYearDay
                    ? "no date satisfies BYYEARDAY together with BYMONTH/BYMONTHDAY"
                    : "no month allowed by BYMONTH has the days BYMONTHDAY asks for";
            }
        }

        // BYSETPOS positions beyond the fixed set size of a sub-daily or daily period.
        if (_setPos.Length > 0 && (_unitSeconds > 0 || _freq == RecurrenceFrequency.Daily))
        {
            bool any = false;
            foreach (int p in _setPos)
            {
                any |= Math.Abs(p) <= _perDay;
            }

            if (!any)
            {
                return $"every BYSETPOS position exceeds the {_perDay} candidate(s) of each period";
            }
        }

        return null;
    }

    private bool MonthDaysAboveTwentyEight()
    {
        foreach (int d in _monthDays)
        {
            if (Math.Abs(d) > 28)
            {
                return true;
            }
        }

        return false;
    }

    private bool ShapeFeasible(int year)
    {
        int daysInYear = CivilCalendar.DaysInYear(year);
        for (int month = 1; month <= 12; month++)
        {
            if ((_monthMask & (1 << month)) == 0)
            {
                continue;
            }

            int dim = CivilCalendar.DaysInMonth(year, month);
            int monthStart = CivilCalendar.MonthStartInYear(year, month);
            for (int dom = 1; dom <= dim; dom++)
            {
                if (_hasMonthDay && ((_monthDayPos >> dom) & 1) == 0 && ((_monthDayNeg >> (dim - dom + 1)) & 1) == 0)
                {
                    continue;
                }

                int doy = monthStart + dom;
                int neg = daysInYear - doy + 1;
                if (_hasYearDay && ((_yearDayPos[doy >> 6] >> (doy & 63)) & 1) == 0 && ((_yearDayNeg[neg >> 6] >> (neg & 63)) & 1) == 0)
                {
                    continue;
                }

                return true;
            }
        }

        return false;
    }

    /// <summary>Whether any period in 2001..2028 (all 14 kinds of year) has a candidate, ignoring INTERVAL alignment.</summary>
    private bool Feasible()
    {
        long next = 0;
        switch (_freq)
        {
            case RecurrenceFrequency.Yearly:
                for (long y = 2001; y <= 2028; y++)
                {
                    if (Fill(y, ref next) > 0)
                    {
                        return true;
                    }
                }

                return false;
            case RecurrenceFrequency.Monthly:
                for (long m = 2001 * 12; m < 2029 * 12; m++)
                {
                    if (Fill(m, ref next) > 0)
                    {
                        return true;
                    }
                }

                return false;
            case RecurrenceFrequency.Weekly:
                long firstWeek = CivilCalendar.FloorDiv(CivilCalendar.YearStart(2001) - _weekOrigin, 7);
                for (long w = firstWeek; w < firstWeek + (28 * 53); w++)
                {
                    if (Fill(w, ref next) > 0)
                    {
                        return true;
                    }
                }

                return false;
            default:
                long firstDay = CivilCalendar.YearStart(2001);
                long lastDay = CivilCalendar.YearStart(2029);
                int work = 0;
                for (long day = firstDay; day < lastDay; day++)
                {
                    work++;
                    if (DayAllowed(day, out long skipTo))
                    {
                        _budget.Add(work);
                        return true;
                    }

                    day = skipTo - 1;
                }

                _budget.Add(work);
                return false;
        }
    }

    private bool? ProbeStart()
    {
        long next = _n0 + _interval;
        if (Fill(_n0, ref next) == 0)
        {
            return false;
        }

        _end = _setPos.Length > 0 ? _indexCount : _candidates;
        long pos = FirstPositionAtOrAfter(_start);
        return pos < _end && CandidateAt(pos) == _start;
    }

    private static ulong Mask(int[] values)
    {
        ulong mask = 0;
        foreach (int v in values)
        {
            mask |= 1UL << v;
        }

        return mask;
    }

    private static int[] SortedOr(int[] values, int fallback, int max)
    {
        if (values.Length == 0)
        {
            return [fallback];
        }

        var copy = new List<int>(values.Length);
        foreach (int v in values)
        {
            if (v <= max)
            {
                copy.Add(v);
            }
        }

        copy.Sort();
        return copy.ToArray();
    }
}
