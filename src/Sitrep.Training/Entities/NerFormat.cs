using Sitrep.Entities.Recognition;

namespace Sitrep.Training.Entities;

/// <summary>Gold NER file layouts read by <see cref="NerCorpusReader"/>.</summary>
internal enum NerFormat
{
    /// <summary>CoNLL-2003: token first, tag last, IOB1 or IOB2, <c>-DOCSTART-</c> between documents.</summary>
    Conll,
    /// <summary>Universal NER: <c>#</c> comments, then <c>id token tag …</c> per line.</summary>
    Iob2,
    /// <summary>The Kaggle GMB table: <c>Sentence #,Word,POS,Tag</c>, cp1252.</summary>
    Gmb,
    /// <summary>re3d in its tokenised CoNLL form (<c>token TAB tag</c>) with re3d's type names.</summary>
    Re3d,
    /// <summary>WNUT-17 (<c>token TAB tag</c>, types person, location, group, corporation, product, creative-work); training only.</summary>
    Wnut,
    /// <summary>GUM CoNLL-U with its entity layer (names derived by <see cref="GumEntityReader"/>); training only.</summary>
    Gum,
    /// <summary>A UD treebank without entity labels: silver spans from gold PROPN runs typed by a teacher model; training only.</summary>
    UdSilver,
    /// <summary>Universal NER EWT train (file name with "train"): iob2 with OTH spans read as MISC; trained on whole, never held out or copied.</summary>
    UnerTrain,
    /// <summary>Broad Twitter Corpus (file name <c>btc.*</c>): <c>token TAB tag</c>, PER/ORG/LOC, a mention's "@" left out of its name.</summary>
    Btc,
    /// <summary>CrossNER (<c>token TAB tag</c> with its fine-grained Wikipedia types, mapped to PER/ORG/LOC/MISC).</summary>
    CrossNer,
    /// <summary>WikiANN (silver; <c>en:token TAB tag</c>, PER/ORG/LOC).</summary>
    WikiAnn,
}

/// <summary>Which sentences of the GMB table to read: it has no official split, so the last block is held apart.</summary>
internal enum GmbPart { All, Train, HeldOut }
