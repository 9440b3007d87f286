using Board.Core.Voting;

namespace Board.Tests.Core.Voting;

public sealed class AuditChainTests
{
    private static readonly DateTimeOffset Start = TestPolls.OpenedAt;
    private static readonly string[] Kinds = ["ballot", "membership", "publication", "assisted-ballot"];

    /// <summary>A log of <paramref name="count"/> entries a minute apart, built the way the store builds it.</summary>
    private static List<AuditEntry> Chain(int count = 20)
    {
        var entries = new List<AuditEntry>();
        AuditEntry? previous = null;
        for (var i = 0; i < count; i++)
        {
            previous = AuditChain.Next(previous, Start.AddMinutes(i), Kinds[i % Kinds.Length], $"poll {i / 4 + 1}", $"Entry number {i + 1}.");
            entries.Add(previous);
        }
        return entries;
    }

    private static AuditEntry Rehashed(AuditEntry entry) =>
        entry with { Hash = AuditChain.HashOf(entry.Sequence, entry.At, entry.Kind, entry.Subject, entry.Details, entry.PreviousHash) };

    // ---- Hashes ----

    // Pins the encoding: every stored hash depends on it, so a change here must be a new format, not an edit.
    // Worked out independently: SHA-256 over netstrings of the format tag, "1", the UTC time in "O" format,
    // kind, subject, details and the previous hash.
    [Test]
    public void HashOf_KnownEntry_MatchesTheDocumentedEncoding()
    {
        var hash = AuditChain.HashOf(1, new DateTimeOffset(2026, 12, 1, 18, 30, 0, TimeSpan.FromHours(1)),
            "ballot", "poll 7", "Ballot recorded in the room by the coordinator.", AuditChain.GenesisHash);

        Assert.That(hash, Is.EqualTo("faf9adb712e42b4cfc6dbc5486f2b6091456378c2a8374b8560ffec0a42be85c"));
    }

    [Test]
    public void HashOf_AnyEntry_IsLowerCaseHexOfSixtyFourCharacters()
    {
        var hash = AuditChain.HashOf(12, Start, "membership", "person 3", "Joined as Rep.", AuditChain.GenesisHash);

        Assert.That(hash, Does.Match("^[0-9a-f]{64}$"));
    }

    [Test]
    public void HashOf_SameMomentInAnotherTimeZone_IsTheSame()
    {
        var utc = AuditChain.HashOf(1, Start, "ballot", "poll 7", "", AuditChain.GenesisHash);
        var london = AuditChain.HashOf(1, Start.ToOffset(TimeSpan.FromHours(1)), "ballot", "poll 7", "", AuditChain.GenesisHash);

        Assert.That(london, Is.EqualTo(utc));
    }

    [TestCase("sequence")]
    [TestCase("at")]
    [TestCase("kind")]
    [TestCase("subject")]
    [TestCase("details")]
    [TestCase("previousHash")]
    public void HashOf_AnyFieldChanged_Changes(string field)
    {
        var original = AuditChain.HashOf(5, Start, "ballot", "poll 7", "For", AuditChain.GenesisHash);

        var changed = AuditChain.HashOf(
            field == "sequence" ? 6 : 5,
            field == "at" ? Start.AddTicks(1) : Start,
            field == "kind" ? "ballots" : "ballot",
            field == "subject" ? "poll 8" : "poll 7",
            field == "details" ? "Against" : "For",
            field == "previousHash" ? new string('1', 64) : AuditChain.GenesisHash);

        Assert.That(changed, Is.Not.EqualTo(original));
    }

    // Without length prefixes, "ab" + "c" and "a" + "bc" would hash the same.
    [Test]
    public void HashOf_TextMovedBetweenFields_Changes()
    {
        var one = AuditChain.HashOf(1, Start, "ballot", "poll 7 For", "", AuditChain.GenesisHash);
        var other = AuditChain.HashOf(1, Start, "ballot", "poll 7", " For", AuditChain.GenesisHash);

        Assert.That(other, Is.Not.EqualTo(one));
    }

    [Test]
    public void HashOf_LoneSurrogate_IsRefusedRatherThanHashedAsAnotherText()
    {
        Assert.That(() => AuditChain.HashOf(1, Start, "ballot", "poll 7", "\ud800", AuditChain.GenesisHash), Throws.Exception);
    }

    [Test]
    public void Next_FirstEntry_StartsFromGenesis()
    {
        var first = AuditChain.Next(null, Start, "ballot", "poll 7", "For");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(first.Sequence, Is.EqualTo(1));
            Assert.That(first.PreviousHash, Is.EqualTo(new string('0', 64)));
            Assert.That(first.Hash, Is.EqualTo(AuditChain.HashOf(1, Start, "ballot", "poll 7", "For", AuditChain.GenesisHash)));
        }
    }

    [Test]
    public void Next_LaterEntry_PointsAtThePreviousHash()
    {
        var first = AuditChain.Next(null, Start, "ballot", "poll 7", "For");

        var second = AuditChain.Next(first, Start.AddSeconds(5), "ballot", "poll 7", "Against");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(second.Sequence, Is.EqualTo(2));
            Assert.That(second.PreviousHash, Is.EqualTo(first.Hash));
        }
    }

    // ---- Verify ----

    [Test]
    public void Verify_ChainOfTwenty_IsIntact()
    {
        var check = AuditChain.Verify(Chain());

        Assert.That(check, Is.EqualTo(new ChainCheck(true, null, "The record is complete and unchanged.")));
    }

    [Test]
    public void Verify_EmptyLog_IsIntact()
    {
        var check = AuditChain.Verify([]);

        Assert.That(check.IsIntact, Is.True);
    }

    [TestCase(1)]
    [TestCase(7)]
    [TestCase(20)]
    public void Verify_DetailsEdited_IsBadAtThatEntry(int sequence)
    {
        var entries = Chain();
        entries[sequence - 1] = entries[sequence - 1] with { Details = "Entry changed." };

        var check = AuditChain.Verify(entries);

        Assert.That(check, Is.EqualTo(new ChainCheck(false, sequence, $"Entry {sequence} was changed or removed after it was written.")));
    }

    [TestCase("at")]
    [TestCase("kind")]
    [TestCase("subject")]
    [TestCase("previousHash")]
    [TestCase("hash")]
    public void Verify_AnyFieldEdited_IsBadAtThatEntry(string field)
    {
        var entries = Chain();
        var entry = entries[11];
        entries[11] = field switch
        {
            "at" => entry with { At = entry.At.AddSeconds(-30) },
            "kind" => entry with { Kind = "publication" },
            "subject" => entry with { Subject = "poll 99" },
            "previousHash" => entry with { PreviousHash = entries[9].Hash },
            _ => entry with { Hash = entries[10].Hash },
        };

        var check = AuditChain.Verify(entries);

        Assert.That(check.FirstBadSequence, Is.EqualTo(12));
    }

    [TestCase(1)]
    [TestCase(12)]
    [TestCase(19)]
    public void Verify_EntryDeleted_IsBadWhereItWas(int sequence)
    {
        var entries = Chain();
        entries.RemoveAt(sequence - 1);

        var check = AuditChain.Verify(entries);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(check.IsIntact, Is.False);
            Assert.That(check.FirstBadSequence, Is.EqualTo(sequence));
            Assert.That(check.Explanation, Is.EqualTo($"Entry {sequence} was changed or removed after it was written."));
        }
    }

    [Test]
    public void Verify_EntryDeletedAndLaterOnesRenumbered_IsBadWhereItWas()
    {
        var entries = Chain();
        entries.RemoveAt(11);
        for (var i = 11; i < entries.Count; i++)
            entries[i] = entries[i] with { Sequence = i + 1 };

        var check = AuditChain.Verify(entries);

        Assert.That(check.FirstBadSequence, Is.EqualTo(12));
    }

    [Test]
    public void Verify_TwoEntriesSwapped_IsBadAtTheFirst()
    {
        var entries = Chain();
        (entries[4], entries[5]) = (entries[5], entries[4]);

        var check = AuditChain.Verify(entries);

        Assert.That(check.FirstBadSequence, Is.EqualTo(5));
    }

    [Test]
    public void Verify_TwoEntriesSwappedWithSequencesKept_IsBadAtTheFirst()
    {
        var entries = Chain();
        (entries[4], entries[5]) = (entries[5] with { Sequence = 5 }, entries[4] with { Sequence = 6 });

        var check = AuditChain.Verify(entries);

        Assert.That(check.FirstBadSequence, Is.EqualTo(5));
    }

    [Test]
    public void Verify_EntryInserted_IsBadWhereItWentIn()
    {
        var entries = Chain();
        entries.Insert(8, AuditChain.Next(entries[7], entries[7].At.AddSeconds(1), "ballot", "poll 3", "Extra vote."));

        var check = AuditChain.Verify(entries);

        Assert.That(check.FirstBadSequence, Is.EqualTo(10));
    }

    // Whoever edits an entry may also fix its own hash, but the next entry still points at the old one.
    [Test]
    public void Verify_EditedEntryWithItsHashRecomputed_IsBadAtTheNextEntry()
    {
        var entries = Chain();
        entries[8] = Rehashed(entries[8] with { Details = "Entry changed." });

        var check = AuditChain.Verify(entries);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(AuditChain.Verify(entries[..9]).IsIntact, Is.True, "on its own the edited entry looks right");
            Assert.That(check.FirstBadSequence, Is.EqualTo(10));
            Assert.That(check.Explanation, Is.EqualTo("Entry 10 was changed or removed after it was written."));
        }
    }

    [Test]
    public void Verify_SequenceStartingFromZero_IsBadAtOne()
    {
        var first = AuditChain.Next(null, Start, "ballot", "poll 7", "For");
        var fromZero = Rehashed(first with { Sequence = 0 });

        var check = AuditChain.Verify([fromZero]);

        Assert.That(check.FirstBadSequence, Is.EqualTo(1));
    }

    [Test]
    public void Verify_NullReadFromTheDatabase_IsBadNotAnError()
    {
        var entries = Chain();
        entries[3] = entries[3] with { Details = null! };

        var check = AuditChain.Verify(entries);

        Assert.That(check.FirstBadSequence, Is.EqualTo(4));
    }

    [Test]
    public void Verify_HashInUpperCase_IsBad()
    {
        var entries = Chain(3);
        entries[2] = entries[2] with { Hash = entries[2].Hash.ToUpperInvariant() };

        var check = AuditChain.Verify(entries);

        Assert.That(check.FirstBadSequence, Is.EqualTo(3));
    }

    // The limits of a chain on its own, kept here so nobody relies on more: cutting entries off the end, or
    // rewriting every entry from an edit onwards, leaves a chain that checks. Only a copy of the newest hash
    // kept somewhere else (printed in the minutes, published) shows it.
    [Test]
    public void Verify_LastEntriesCutOff_CannotBeSeenWithoutAKeptCopyOfTheNewestHash()
    {
        var entries = Chain();
        var newestHash = entries[^1].Hash;
        entries.RemoveRange(17, 3);

        var check = AuditChain.Verify(entries);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(check.IsIntact, Is.True);
            Assert.That(entries[^1].Hash, Is.Not.EqualTo(newestHash));
        }
    }

    [Test]
    public void Verify_EveryLaterEntryRewritten_CannotBeSeenWithoutAKeptCopyOfTheNewestHash()
    {
        var entries = Chain();
        var newestHash = entries[^1].Hash;
        var rewritten = entries[..8];
        AuditEntry previous = rewritten[^1];
        for (var i = 8; i < entries.Count; i++)
        {
            var details = i == 8 ? "Entry changed." : entries[i].Details;
            previous = AuditChain.Next(previous, entries[i].At, entries[i].Kind, entries[i].Subject, details);
            rewritten.Add(previous);
        }

        var check = AuditChain.Verify(rewritten);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(check.IsIntact, Is.True);
            Assert.That(rewritten[^1].Hash, Is.Not.EqualTo(newestHash));
        }
    }
}
