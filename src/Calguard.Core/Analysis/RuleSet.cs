using Calguard.Analysis.Rules.Audience;
using Calguard.Analysis.Rules.Content;
using Calguard.Analysis.Rules.Imip;
using Calguard.Analysis.Rules.Learned;
using Calguard.Analysis.Rules.Malformation;
using Calguard.Analysis.Rules.Payload;
using Calguard.Analysis.Rules.Transport;

namespace Calguard.Analysis;

/// <summary>The rules that run, in order, and the signals they document.</summary>
public sealed class RuleSet
{
    /// <summary>Every built-in rule.</summary>
    public static RuleSet Default { get; } = new(
    [
        new AuthenticationRule(), new OrganizerIdentityRule(), new RandomTokenRule(), new CousinDomainRule(), new HomoglyphDomainRule(), new ThrowawayDomainRule(), new FreemailNameRule(), new AuthorityFreemailRule(), new FreemailRoleRule(), new FreemailExecutiveRule(),
        new MethodRule(), new PartsRule(), new UnsolicitedMethodRule(),
        new AlarmRule(), new PlacementRule(), new RecurrencePatternRule(),
        new AudienceRule(),
        new LureRule(), new AccountChangeRule(), new CallbackRule(), new DeviceScareRule(), new BrandRule(), new ServiceNameRule(), new PasteAndRunRule(), new ShareTenantRule(), new DocumentPlaceRule(), new StoredPageRule(), new HackedSiteKitRule(), new DisguisedFileRule(), new ShareNoticeRule(), new PaidHonourRule(), new BookedFreeCallRule(), new ClientUpdateRule(), new LinkRule(), new QrCodeRule(), new ObfuscationRule(), new PayloadLocationRule(),
        new TextLimitRule(), new CommerceFromFreemailRule(), new ActiveContentRule(), new MoneyRule(), new GibberishRule(), new ContactDiversionRule(), new JobChatRule(), new PersonaRule(), new CryptoAddressRule(), new GovernmentLookalikeRule(),
        new MalformationRule(),
        new LearnedSignals(), new SeedClassifierRule(),
        // Composites read the hits of the rules above, so they run last.
        new CallToActionRule(), new PhishingLinkRule(), new ForeignNameRule(), new ForgedColleagueRule(), new NaggingRule(), new TrustedSenderRule(),
    ]);

    /// <summary>Creates a rule set.</summary>
    public RuleSet(IReadOnlyList<Rule> rules) => Rules = rules;

    /// <summary>The rules.</summary>
    public IReadOnlyList<Rule> Rules { get; }

    /// <summary>The same rules with the seed classifier reading <paramref name="model"/> (null: the seed stays silent).</summary>
    public RuleSet WithSeed(Learning.BayesModel? model) =>
        new([.. Rules.Select(r => r is SeedClassifierRule ? new SeedClassifierRule(model) : r)]);

    /// <summary>Every signal, for documentation and configuration checks.</summary>
    public IEnumerable<Signal> Signals => Rules.SelectMany(r => r.Signals);

    /// <summary>Runs every rule; a rule that throws is reported as a hit of <see cref="RuleFailed"/> instead of failing the scan.</summary>
    public IReadOnlyList<Hit> Evaluate(RuleContext context, IReadOnlyDictionary<string, double>? overrides = null)
    {
        var hits = new HitList(overrides);
        foreach (var rule in Rules)
        {
            try
            {
                rule.Evaluate(context, hits);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                hits.Add(RuleFailed, $"{rule.GetType().Name} failed: {e.GetType().Name}: {e.Message}");
            }
        }
        if (!Rules.Any(r => r is LearnedSignals))
        {
            foreach (var (signal, detail, factor) in context.External.Hits)
            {
                hits.Add(signal, detail, factor);
            }
        }
        return hits.Hits;
    }

    /// <summary>Reported when a rule throws; it scores nothing but tells the operator.</summary>
    public static readonly Signal RuleFailed = new("RULE_FAILED", "internal", 0.0, "A rule failed on this input; the verdict was computed without it.");
}
