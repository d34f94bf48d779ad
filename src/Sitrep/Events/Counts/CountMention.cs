using Sitrep.Documents;

namespace Sitrep.Events.Counts;

/// <summary>A count read from the text: which one (dead, injured, arrested, size), its value and the tokens it came from.</summary>
internal sealed record CountMention(string Kind, EventCount Count, int StartToken, int EndToken, int CueToken);
