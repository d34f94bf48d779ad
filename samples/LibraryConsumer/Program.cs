// Analyses two short reports with Sitrep's front door and stores them: usage `LibraryConsumer DB`.
using Sitrep;
using Sitrep.Documents;
using Sitrep.Storage;

if (args.Length != 1)
{
    Console.Error.WriteLine("usage: LibraryConsumer DATABASE");
    return 2;
}

var analyzer = Analyzer.Load(new AnalyzerOptions { Parallelism = 2 });
(string Text, DocumentInfo? Info)[] reports =
[
    ("Government forces shelled rebel positions near Idlib on Monday, killing four fighters, a monitoring group said.",
        new DocumentInfo { Title = "Shelling near Idlib", Published = new PublishedDate("2019-05-06") }),
    ("Thousands of protesters marched through Khartoum on Thursday demanding a civilian government.",
        new DocumentInfo { Title = "March in Khartoum", Published = new PublishedDate("2019-04-11") }),
];

using var store = DocumentStore.Open(args[0]);
foreach (var result in analyzer.AnalyzeMany(reports))
{
    if (result is not Analysed { Doc: var doc })
    {
        Console.Error.WriteLine($"not analysed: {result}");
        return 1;
    }
    store.Save(doc);
    foreach (var e in doc.Events)
        Console.WriteLine($"{doc.Info.Id}\t{e.Type}\t{e.Status}\t{doc.EvidenceText(e)[e.Sentence.Start..e.Sentence.End]}");
}
var stats = store.GetStats();
Console.WriteLine($"{stats.Documents} documents, {stats.Events} events in {args[0]}");
return 0;
