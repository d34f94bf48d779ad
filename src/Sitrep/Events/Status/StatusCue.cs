using Sitrep.Documents;

namespace Sitrep.Events.Status;

/// <summary>An event's status and the tokens [StartToken, EndToken) that set it (none for the default).</summary>
internal readonly record struct StatusCue(string Status, int StartToken, int EndToken)
{
    public static StatusCue Occurred => new(EventStatus.Occurred, -1, -1);
    public bool HasEvidence => StartToken >= 0;
}
