namespace Sitrep.Training.Language.Conllu;

internal static class ConlluWriter
{
    public static void Write(TextWriter w, IEnumerable<ConlluSentence> sentences)
    {
        foreach (var s in sentences)
        {
            foreach (var c in s.Comments) w.WriteLine("# " + c);
            var ranges = s.Ranges.ToDictionary(r => r.First);
            foreach (var word in s.Words)
            {
                if (ranges.TryGetValue(word.Id, out var r))
                    w.WriteLine($"{r.First}-{r.Last}\t{r.Form}\t_\t_\t_\t_\t_\t_\t_\t{r.Misc}");
                w.WriteLine($"{word.Id}\t{word.Form}\t{word.Lemma}\t{word.Upos}\t{word.Xpos}\t{word.Feats}\t{(word.Head < 0 ? "_" : word.Head)}\t{word.Deprel}\t{word.Deps}\t{word.Misc}");
            }
            w.WriteLine();
        }
    }
}
