using System.Text;
using Sitrep.Documents;

namespace Sitrep.Ingest;

/// <summary>Turns paths (files, folders, archives, "-") into documents. (Placeholder: plain text only.)</summary>
public static class DocumentSource
{
    public static IEnumerable<IngestResult> Read(IEnumerable<string> paths, IngestOptions options)
    {
        foreach (var path in paths)
        {
            if (path == "-")
            {
                yield return FromText("-", Console.In.ReadToEnd());
                continue;
            }
            if (Directory.Exists(path))
            {
                foreach (var f in Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
                    foreach (var r in Read([f], options)) yield return r;
                continue;
            }
            if (!File.Exists(path)) { yield return new IngestError(path, "no such file or directory"); continue; }
            string? text = null, error = null;
            try { text = File.ReadAllText(path, Encoding.UTF8); }
            catch (IOException e) { error = e.Message; }
            yield return text is null ? new IngestError(path, error!) : FromText(path, text);
        }
    }

    static IngestResult FromText(string path, string text)
    {
        var info = new DocumentInfo { SourcePath = path };
        var doc = new Doc(text.Replace("\r\n", "\n"), info);
        info.Id = DocumentIds.Compute(info.Title, doc.Text);
        return new IngestedDocument(doc);
    }
}
