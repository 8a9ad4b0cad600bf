//! Given names common in the news, by the pronoun a reader expects for them: what tells
//! `Mrs. Clinton` is Hillary Clinton and `Mr. Clinton` Bill Clinton when an article names
//! both and never writes `Mrs. Hillary Clinton`. Short on purpose: a name missing here only
//! means the text's own honorifics and pronouns decide, as before.

use crate::lang::{Gender, WordList};

/// In lower case, sorted (a [`WordList`]: the names' bytes and a space each, where a
/// `&[&str]` cost 8 bytes more per name on the page).
const FEMALE: WordList = WordList::new(
    "abigail alexandria alice alison amanda amy andrea angela ann anna anne ayanna \
     barbara betsy betty carly carol caroline catherine chelsea christine claire \
     condoleezza cynthia debbie deborah diane donna dorothy elaine elena elizabeth ellen \
     emily emma gina hillary huma ilhan ivanka jane janet jennifer jessica jill joan joni \
     judith julia julie kamala karen kate katherine kathleen kathy kellyanne kirsten \
     laura lauren linda lisa liz loretta madeleine margaret maria marie marsha martha \
     mary maxine megyn melania michelle nancy nicola nikki patricia patty rachel rebecca \
     rosalynn ruth samantha sandra sarah sharon sheila sonia stephanie susan susana tammy \
     theresa tulsi ursula valerie",
);

/// As [`FEMALE`].
const MALE: WordList = WordList::new(
    "al alan andrew anthony antony barack ben benjamin bernie bill bob boris brian \
     charles christopher chuck dan daniel david dick donald ed edward elijah emmanuel \
     eric frank gary george harry henry jack jake james jason jeb jeff jeffrey jerome jim \
     jimmy joe john jon joseph joshua justin kevin marco mark martin matt matthew michael \
     mike mitch mitt newt paul peter reince richard rick robert ron ronald rudy samuel \
     scott sean stephen steve steven ted thomas tim tom vladimir william",
);

/// The gender a reader expects for the given name `word` (`Hillary`, `Bill`), if it is a
/// common one.
/// Written as a name is: a capital, then small letters (`Hillary`, not `HILLARY`).
pub fn given_name_gender(word: &str) -> Option<Gender> {
    let mut bytes = word.bytes();
    if !bytes.next().is_some_and(|b| b.is_ascii_uppercase())
        || bytes.any(|b| b.is_ascii_uppercase())
    {
        return None;
    }
    if FEMALE.contains_ignore_ascii_case(word) {
        Some(Gender::Female)
    } else if MALE.contains_ignore_ascii_case(word) {
        Some(Gender::Male)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_lists_are_apart_and_a_name_is_read_as_written() {
        // (WordList::new checks the order as the crate compiles.)
        assert!(!super::FEMALE.iter().any(|f| super::MALE.contains(f)));
        use crate::lang::Gender;
        assert_eq!(super::given_name_gender("Hillary"), Some(Gender::Female));
        assert_eq!(super::given_name_gender("Bill"), Some(Gender::Male));
        for word in ["hillary", "HILLARY", "BIll", "Hill", ""] {
            assert_eq!(super::given_name_gender(word), None, "{word}");
        }
    }
}
