using Sitrep.Documents;

namespace Sitrep.Events.Arguments;

/// <summary>A possible actor or recipient: tokens [StartToken, EndToken) and the participant they name.</summary>
internal sealed record Candidate(int StartToken, int EndToken, EventParticipant Participant, bool IsPlace)
{
    public bool Overlaps(int start, int end) => StartToken < end && start < EndToken;
}
