using System.Text.RegularExpressions;
using Sitrep.Training.Language.Conllu;

namespace Sitrep.Tests.Language;

/// <summary>A few hand-written CoNLL-U sentences (columns separated by spaces here, tabs once read).</summary>
internal static partial class TinyTreebank
{
    const string Source = """
        # text = The cat sat on the mat.
        1 The the DET DT _ 2 det _ _
        2 cat cat NOUN NN _ 3 nsubj _ _
        3 sat sit VERB VBD _ 0 root _ _
        4 on on ADP IN _ 6 case _ _
        5 the the DET DT _ 6 det _ _
        6 mat mat NOUN NN _ 3 obl _ SpaceAfter=No
        7 . . PUNCT . _ 3 punct _ _

        # text = Soldiers walked to the border.
        1 Soldiers soldier NOUN NNS _ 2 nsubj _ _
        2 walked walk VERB VBD _ 0 root _ _
        3 to to ADP IN _ 5 case _ _
        4 the the DET DT _ 5 det _ _
        5 border border NOUN NN _ 2 obl _ SpaceAfter=No
        6 . . PUNCT . _ 2 punct _ _

        # text = Rebels attacked the town yesterday.
        1 Rebels rebel NOUN NNS _ 2 nsubj _ _
        2 attacked attack VERB VBD _ 0 root _ _
        3 the the DET DT _ 4 det _ _
        4 town town NOUN NN _ 2 obj _ _
        5 yesterday yesterday NOUN NN _ 2 obl:tmod _ SpaceAfter=No
        6 . . PUNCT . _ 2 punct _ _

        # text = A hearing is scheduled on the issue today.
        1 A a DET DT _ 2 det _ _
        2 hearing hearing NOUN NN _ 4 nsubj:pass _ _
        3 is be AUX VBZ _ 4 aux:pass _ _
        4 scheduled schedule VERB VBN _ 0 root _ _
        5 on on ADP IN _ 7 case _ _
        6 the the DET DT _ 7 det _ _
        7 issue issue NOUN NN _ 2 nmod _ _
        8 today today NOUN NN _ 4 obl:tmod _ SpaceAfter=No
        9 . . PUNCT . _ 4 punct _ _

        # text = Police arrested two men in Kabul.
        1 Police police NOUN NNS _ 2 nsubj _ _
        2 arrested arrest VERB VBD _ 0 root _ _
        3 two two NUM CD _ 4 nummod _ _
        4 men man NOUN NNS _ 2 obj _ _
        5 in in ADP IN _ 6 case _ _
        6 Kabul Kabul PROPN NNP _ 2 obl _ SpaceAfter=No
        7 . . PUNCT . _ 2 punct _ _

        # text = The talks failed.
        1 The the DET DT _ 2 det _ _
        2 talks talk NOUN NNS _ 3 nsubj _ _
        3 failed fail VERB VBD _ 0 root _ SpaceAfter=No
        4 . . PUNCT . _ 3 punct _ _

        """;

    [GeneratedRegex(" +")]
    private static partial Regex Spaces();

    public static List<ConlluSentence> Sentences() =>
        [.. ConlluReader.Read(new StringReader(string.Join("\n", Source.Split('\n').Select(l => l.StartsWith('#') ? l : Spaces().Replace(l, "\t")))), "tiny")];

    /// <summary>The sentence whose nmod arc (hearing → issue) crosses "scheduled".</summary>
    public static ConlluSentence NonProjective => Sentences()[3];
}
