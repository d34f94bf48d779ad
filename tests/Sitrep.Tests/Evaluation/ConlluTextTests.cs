
using Sitrep.Evaluation;
using Sitrep.Training.Language.Conllu;

namespace Sitrep.Tests.Evaluation;

public class ConlluTextTests
{
    const string Sample = """
        # newdoc id = d1
        # text = I don't know.
        1	I	I	PRON	PRP	_	3	nsubj	_	_
        2-3	don't	_	_	_	_	_	_	_	_
        2	do	do	AUX	VBP	_	4	aux	_	_
        3	n't	not	PART	RB	_	4	advmod	_	_
        4	know	know	VERB	VB	_	0	root	_	SpaceAfter=No
        5	.	.	PUNCT	.	_	4	punct	_	_

        # text = Its fine.
        1-2	Its	_	_	_	_	_	_	_	_
        1	It	it	PRON	PRP	_	3	nsubj	_	_
        2	s	be	AUX	VBZ	_	3	cop	_	_
        3	fine	fine	ADJ	JJ	_	0	root	_	SpaceAfter=No
        4	.	.	PUNCT	.	_	3	punct	_	_

        """;

    [Fact]
    public void Words_of_a_multiword_token_that_spell_it_are_gold_tokens_with_offsets()
    {
        var gold = ConlluText.Build(ConlluReader.Read(new StringReader(Sample)));
        Assert.Equal("I don't know. Its fine.", gold.Text);
        Assert.Equal(["I", "do", "n't", "know", ".", "It", "s", "fine", "."], gold.Tokens.Select(t => t.Slice(gold.Text)));
        Assert.Equal([2, 4], gold.Tokens.Skip(1).Take(2).Select(t => t.Start));
        Assert.Equal([new(0, 13), new(14, 23)], gold.Sentences);
        Assert.Equal(0, gold.Misaligned);
    }
}
