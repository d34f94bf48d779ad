using Sitrep.Documents;
using Sitrep.Entities.Resolution;
using Sitrep.Pipeline;

namespace Sitrep;

/// <summary>
/// Image captions are analysed as documents of their own; their timexes, places, entities and events then join
/// the document's, with offsets pointing into that caption (<c>CaptionIndex</c>).
/// </summary>
static class CaptionAnalysis
{
    public static StageFailure? Run(DocPipeline pipeline, Doc doc, StageTimings? timings)
    {
        for (int i = 0; i < doc.Info.Captions.Count; i++)
        {
            var caption = new Doc(doc.Info.Captions[i], new DocumentInfo { Id = doc.Info.Id, SourcePath = doc.Info.SourcePath, Published = doc.Info.Published });
            if (pipeline.Process(caption, timings) is { } failure) return failure with { Stage = $"{failure.Stage} (caption {i + 1})" };
            doc.Timexes.AddRange(caption.Timexes.Select(t => t with { CaptionIndex = i }));
            doc.Places.AddRange(caption.Places.Select(p => p with { CaptionIndex = i }));
            var entityIds = CaptionEntities.Merge(doc, caption, i);
            foreach (var e in caption.Events)
            {
                CaptionEntities.Remap(e, entityIds);
                e.CaptionIndex = i;
                e.Id = $"C{i + 1}-{e.Id}";
                doc.Events.Add(e);
            }
        }
        return null;
    }
}
