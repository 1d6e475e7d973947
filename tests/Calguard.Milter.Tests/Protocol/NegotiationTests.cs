using Calguard.Milter.Protocol;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Calguard.Milter.Tests.Protocol;

/// <summary>OPTNEG: what is requested out of what the MTA offers.</summary>
public class NegotiationTests
{
    private static readonly IReadOnlyDictionary<MilterMacroStage, string> Macros = MilterServerOptions.DefaultMacros;

    [Fact]
    public void Postfix_offer_gets_our_actions_no_replies_and_skip()
    {
        var result = MilterNegotiation.Negotiate(new OptionNegotiationCommand(6, (MilterActions)0x1FF, (MilterProtocolFlags)0x1FFFFF), Macros);
        Assert.Equal(6u, result.Version);
        Assert.Equal((MilterActions)0x133, result.Actions); // ADDHDRS|CHGBODY|CHGHDRS|QUARANTINE|SETSYMLIST
        Assert.Equal((MilterProtocolFlags)0x7F480, result.Protocol); // NR_HDR, NR_CONN..NR_EOH, SKIP; replies to body
        Assert.Same(Macros, result.Macros);
        Assert.True(result.ExpectsReply(MilterCommandCode.Body));
        Assert.False(result.ExpectsReply(MilterCommandCode.Header));
        Assert.False(result.ExpectsReply(MilterCommandCode.Connect));
    }

    [Fact]
    public void Version_2_offer_without_nr_bits_answers_everything_and_sends_no_macro_list()
    {
        var result = MilterNegotiation.Negotiate(new OptionNegotiationCommand(2, (MilterActions)0x3F, (MilterProtocolFlags)0x7F), Macros);
        Assert.Equal(2u, result.Version);
        Assert.Equal((MilterActions)0x33, result.Actions);
        Assert.Equal(MilterProtocolFlags.None, result.Protocol); // SMFI_V2_PROT (0x7F) has no NR_* bit
        Assert.Null(result.Macros);
        foreach (MilterCommandCode code in new[] { MilterCommandCode.Connect, MilterCommandCode.Helo, MilterCommandCode.Mail, MilterCommandCode.Recipient, MilterCommandCode.Data, MilterCommandCode.Header, MilterCommandCode.EndOfHeaders, MilterCommandCode.Body, MilterCommandCode.EndOfMessage })
        {
            Assert.True(result.ExpectsReply(code), code.ToString());
        }
    }

    [Fact]
    public void Fewer_actions_offered_means_fewer_requested()
    {
        var result = MilterNegotiation.Negotiate(new OptionNegotiationCommand(6, MilterActions.AddHeaders | MilterActions.ChangeHeaders, MilterProtocolFlags.NoReplyBody), Macros);
        Assert.Equal(MilterActions.AddHeaders | MilterActions.ChangeHeaders, result.Actions);
        Assert.Equal(MilterProtocolFlags.NoReplyBody, result.Protocol); // no SKIP offered: don't answer chunks
        Assert.Null(result.Macros); // no SETSYMLIST offered
    }

    [Fact]
    public void Version_below_2_is_refused()
    {
        Assert.Throws<MilterProtocolException>(() => MilterNegotiation.Negotiate(new OptionNegotiationCommand(1, (MilterActions)0x1FF, 0), null));
    }

    [Property(MaxTest = 500)]
    public bool Never_requests_a_bit_that_was_not_offered(uint actions, uint protocol, byte version)
    {
        var offer = new OptionNegotiationCommand(Math.Max(2u, version), (MilterActions)actions, (MilterProtocolFlags)protocol);
        var result = MilterNegotiation.Negotiate(offer, Macros);
        return ((uint)result.Actions & ~actions) == 0
            && ((uint)result.Protocol & ~protocol) == 0
            && result.Version <= offer.Version
            && (result.Protocol & (MilterProtocolFlags)0x17F) == 0; // never a NO* callback bit or RCPT_REJ
    }
}
