namespace Sitrep.Entities.Recognition;

/// <summary>
/// Head and trigger words that mark the edges of organisation and place names ("… University",
/// "Bank of …", "… Street", "Lake …"). Written for this project; matched lower-cased per token.
/// </summary>
static class NerCueWords
{
    /// <summary>Last word of many organisation names.</summary>
    public static readonly string[] OrgHeads =
    [
        "inc", "inc.", "corp", "corp.", "corporation", "ltd", "ltd.", "llc", "plc", "co.", "company", "companies", "group",
        "bank", "university", "college", "institute", "association", "agency", "ministry", "department", "council",
        "committee", "party", "airlines", "airways", "hospital", "school", "church", "foundation", "society", "federation",
        "union", "league", "club", "commission", "board", "bureau", "services", "systems", "technologies", "solutions",
        "industries", "international", "network", "news", "times", "post", "press", "academy", "clinic", "motors",
        "insurance", "communications", "media", "studios", "records", "labs", "authority", "administration",
        "organization", "organisation", "fund", "trust", "police", "army", "navy", "corps", "senate", "congress",
        "parliament", "assembly", "enterprises", "holdings", "partners", "associates", "consulting", "pharmacy",
        "salon", "dental", "restaurant", "cafe", "grill", "bakery", "realty", "energy", "telecom", "wireless",
    ];

    /// <summary>Last word of many place names.</summary>
    public static readonly string[] LocHeads =
    [
        "street", "st.", "avenue", "ave", "ave.", "road", "rd", "rd.", "boulevard", "blvd", "lane", "drive", "highway",
        "river", "mountain", "mountains", "lake", "island", "islands", "valley", "bay", "beach", "park", "county",
        "city", "province", "region", "district", "square", "plaza", "bridge", "canyon", "ocean", "sea", "gulf",
        "coast", "desert", "forest", "falls", "hills", "peninsula", "heights", "village", "airport", "station",
    ];

    /// <summary>First word of many place names.</summary>
    public static readonly string[] LocTriggers =
    [
        "mount", "mt", "mt.", "lake", "fort", "ft.", "port", "cape", "san", "santa", "saint", "st.", "north", "south",
        "east", "west", "new", "upper", "lower", "gulf", "isle",
    ];

    /// <summary>
    /// One-word names of companies, brands, services and institutions often mentioned in web text and news
    /// (mostly organisations; products named after their maker count, as Universal NER tags them ORG).
    /// </summary>
    public static readonly string[] KnownOrgs =
    [
        "google", "microsoft", "facebook", "twitter", "yahoo", "mozilla", "firefox", "youtube",
        "ebay", "paypal", "netflix", "intel", "ibm", "oracle", "cisco", "dell", "hp", "lenovo", "samsung", "sony",
        "nokia", "motorola", "toshiba", "panasonic", "lg", "htc", "blackberry", "adobe", "symantec", "mcafee", "norton",
        "skype", "linkedin", "myspace", "wikipedia", "craigslist", "aol", "msn", "hotmail", "gmail", "verizon",
        "comcast", "at&t", "t-mobile", "vodafone", "walmart", "costco", "ikea", "sears",
        "kmart", "safeway", "kroger", "walgreens", "cvs", "starbucks", "mcdonalds", "mcdonald's", "kfc",
        "wendy's", "dominos", "domino's", "pizzahut", "chipotle", "dunkin", "nike", "adidas", "reebok", "puma",
        "toyota", "honda", "nissan", "ford", "chevrolet", "chevy", "gm", "chrysler", "bmw", "mercedes",
        "audi", "volkswagen", "vw", "volvo", "hyundai", "kia", "mazda", "subaru", "tesla", "ferrari", "porsche",
        "boeing", "airbus", "lockheed", "raytheon", "halliburton", "exxon", "exxonmobil", "chevron", "bp",
        "enron", "citigroup", "citibank", "hsbc", "barclays", "jpmorgan", "goldman", "nasdaq", "nyse",
        "mastercard", "amex", "fedex", "dhl", "usps", "disney", "pixar", "warner", "paramount",
        "nbc", "cbs", "abc", "cnn", "bbc", "espn", "hbo", "pbs", "npr", "reuters", "afp", "nasa", "fbi",
        "cia", "nsa", "irs", "fda", "epa", "fema", "ferc", "sec", "ftc", "fcc", "nato", "eu", "unesco",
        "unicef", "imf", "opec", "wto", "hamas", "hezbollah", "fatah", "taliban", "qaeda", "harvard", "yale",
        "stanford", "princeton", "mit", "ucla", "nyu", "nba", "nfl", "mlb", "nhl", "fifa",
        "uefa", "ioc", "ncaa", "yankees", "lakers", "celtics", "arsenal", "chelsea",
        "juventus", "lufthansa", "emirates", "ryanair", "easyjet", "amtrak", "greyhound",
        "expedia", "hilton", "marriott", "sheraton", "hertz", "avis", "ikea", "lego", "mattel", "hasbro", "nintendo",
        "xbox", "playstation", "ubuntu", "linux", "redhat", "novell",
        "amd", "nvidia", "qualcomm", "siemens", "philips", "bosch", "nestle", "unilever", "pepsi",
        "cocacola", "kraft", "heinz", "kellogg's", "gucci", "prada", "chanel", "zara", "h&m", "uniqlo",
        "verisign", "godaddy", "wordpress", "blogger", "flickr", "tumblr", "instagram", "pinterest", "reddit",
        "dropbox", "uber", "airbnb", "spotify", "itunes", "napster", "kodak", "canon", "nikon", "olympus", "xerox",
        "3m", "ge", "dupont", "monsanto", "pfizer", "merck", "bayer", "novartis", "aetna", "medicare", "medicaid",
        "greenpeace", "oxfam", "amnesty", "redcross", "ymca", "aclu", "naacp", "gop", "democrats", "republicans",
    ];
}
