/**
 * Shopper words for Shopping100k's values and attributes. Value names themselves (lower-cased,
 * hyphens as spaces) are always understood; these are the extra spellings. Plurals need no entry:
 * the lexicon also tries the singular of a phrase's last word.
 */

/** attribute key -> canonical value -> extra phrases. */
export const VALUE_SYNONYMS: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>> =
  {
    category: {
      Coat: [
        "overcoat",
        "parka",
        "trench",
        "trench coat",
        "raincoat",
        "mac",
        "peacoat",
        "duffle coat",
      ],
      Jacket: ["blazer", "bomber", "windbreaker", "anorak", "puffer", "puffer jacket"],
      Shirt: ["blouse", "button up shirt"],
      "T-shirt": ["tee", "tshirt", "t shirt", "tank top"],
      Jumper: ["sweater", "pullover", "knitwear", "cardigan", "sweatshirt"],
      Trouser: ["pants", "slacks", "chinos"],
      Jean: ["jeans"],
      Swimming: ["swimsuit", "swimwear", "bikini", "swimming costume"],
      Jumpsuit: ["romper", "onesie", "overall", "playsuit", "dungarees", "boilersuit"],
      Pyjamas: ["pajamas", "pjs", "pyjama", "pajama", "sleepwear"],
      "Tracksuit Bottoms": [
        "joggers",
        "sweatpants",
        "track pants",
        "jogging bottoms",
        "trackies",
        "tracky bottoms",
        "trackie bottoms",
        "track bottoms",
      ],
      Suit: ["tuxedo", "tux", "dinner suit", "two piece", "three piece"],
      Skirt: ["miniskirt"],
      Dress: ["gown", "frock"],
    },
    collar: {
      Buttondown: ["button down"],
      Cutaway: ["spread"],
      High: ["turtleneck", "turtle neck", "roll neck", "polo neck", "funnel neck", "mock neck"],
      Hood: ["hoodie", "hooded", "hoody"],
      Mandarin: ["nehru", "band collar", "stand collar"],
      Round: ["crew neck", "crewneck", "crew"],
      "Peter Pan": ["peterpan"],
    },
    color: {
      Maroon: [
        "burgundy",
        "wine",
        "wine red",
        "burgundy red",
        "bordeaux",
        "dark red",
        "oxblood",
        "claret",
      ],
      Red: ["scarlet", "crimson", "cherry red", "cherry", "bright red", "blood red"],
      Yellow: ["mustard", "mustard yellow", "lemon"],
      Orange: ["rust", "burnt orange"],
      Green: ["mint", "mint green", "emerald", "emerald green", "lime", "lime green"],
      Charcoal: ["dark grey", "dark gray", "anthracite", "charcoal grey", "charcoal gray"],
      Indigo: ["dark indigo"],
      Navy: ["dark blue", "navy blue", "midnight blue"],
      Pink: ["rose", "fuchsia", "magenta", "hot pink", "baby pink", "pale pink", "blush"],
      "Light blue": ["baby blue", "sky blue", "pale blue"],
      Blue: ["royal blue", "cobalt"],
      Beige: ["cream", "tan", "khaki", "camel", "sand", "nude"],
      Purple: ["violet", "lilac", "lavender", "plum"],
      Brown: ["chocolate", "coffee"],
      Olive: ["dark green", "army green", "olive green", "khaki green", "military green"],
      Gray: ["grey", "silver", "light grey", "light gray", "pale grey", "pale gray", "mid grey"],
      Multi: ["multicolor", "multicolour", "multicolored", "multicoloured", "rainbow"],
      White: ["off white", "ivory"],
    },
    fabric: {
      Crocheted: ["crochet", "knitted", "knit"],
      Denim: ["chambray"],
      Fleece: ["fleecy"],
      Hardshell: ["hard shell"],
      Rib: ["ribbed"],
      Softshell: ["soft shell"],
      Sweat: ["sweat fabric", "terry"],
      Leather: ["faux leather", "leathery", "suede", "pleather"],
      Lace: ["lacy", "lacey"],
    },
    fastening: {
      Zip: ["zipper", "zipped", "zip up", "zipped up"],
      "Back closure": ["back zip", "zip back"],
      Belt: ["belted"],
      Button: ["buttons", "buttoned", "button up", "button through", "buttoned up"],
      Hook: ["hook and eye"],
      Laces: ["lace up", "laced"],
      "No closure": ["open front", "no fastening"],
      Front: ["front closure"],
    },
    fit: {
      Bootcut: ["boot cut", "bootleg"],
      Flared: ["flare", "flares", "bell bottom"],
      "High waist": ["high waisted", "high rise"],
      Jeggings: ["jegging"],
      Loose: ["baggy", "relaxed", "loose fitting"],
      Low: ["low rise", "low waist", "low waisted"],
      Oversize: ["oversized"],
      Regular: ["classic", "normal", "standard"],
      Skinny: ["super skinny"],
      Slim: ["tight", "fitted", "slim fitting"],
      Straight: ["straight leg"],
      Tailered: ["tailored"],
    },
    gender: {
      Male: ["men", "mens", "man", "menswear", "guys", "boys", "for him"],
      Female: ["women", "womens", "woman", "ladies", "womenswear", "girls", "for her"],
    },
    neckline: {
      Boat: ["boat neck", "bateau"],
      Backless: ["open back"],
      "Cache-coeur": ["wrap", "wrap neck"],
      "Low v-neck": ["deep v", "plunging", "deep v neck"],
      "Low round": ["scoop", "scoop neck"],
      "Off-the-shoulder": ["off shoulder", "bardot"],
      Square: ["square neck"],
      // Also a collar (see PREFERRED_ATTRIBUTE): a crew neck jumper has a round collar.
      Round: ["crew neck", "crewneck", "crew"],
    },
    pattern: {
      Animal: ["leopard", "zebra", "animal print", "snake print", "leopard print", "zebra print"],
      Camouflage: ["camo"],
      Checked: ["checks", "check", "plaid", "tartan", "checkered", "gingham"],
      "Colour gradient": ["color gradient", "gradient", "ombre"],
      Colourful: ["colorful", "bright colours", "bright colors"],
      Floral: ["flowers", "flowery", "flower print"],
      Marl: ["heather", "melange", "marled", "heathered"],
      Photo: ["photo print"],
      Pinstriped: ["pinstripe", "pinstripes", "pin striped"],
      Plain: [
        "solid",
        "no pattern",
        "no print",
        "solid colour",
        "solid color",
        "plain colour",
        "plain color",
        "block colour",
        "block color",
      ],
      "Polka dot": ["dots", "dotted", "spotted", "polka dots", "spotty", "spots", "dotty"],
      Striped: ["stripes", "stripe", "stripy", "stripey"],
    },
    pocket: {
      Sleeve: ["sleeve pocket"],
    },
    sleevelen: {
      "3/4": ["three quarter", "3 quarter", "three quarters"],
      Spaghetti: ["spaghetti straps", "spaghetti strap", "straps", "strappy"],
      Sleeveless: ["no sleeves", "sleeveless top", "tank"],
      Elbow: ["elbow length"],
      "Extra Long": ["very long"],
      "Extra Short": ["very short", "cap sleeves", "cap"],
      Long: ["long sleeved"],
      Short: ["short sleeved"],
      Strapless: ["bandeau"],
    },
    sport: {
      Skii: ["ski", "skiing", "skiwear", "slopes", "apres ski"],
      Football: ["soccer"],
      Hiking: ["hike", "trekking", "outdoor"],
      Climbing: ["climb", "bouldering"],
      Running: ["run", "jogging"],
      Snowboard: ["snowboarding"],
      Tennis: ["padel"],
      Training: ["gym", "workout", "fitness"],
      Urban: ["streetwear", "street", "casual"],
      Dance: ["dancing", "ballet"],
    },
  };

/**
 * Words that name an attribute ("no collar", "longer sleeves", "round neckline"). Next to a value
 * they pick which attribute an ambiguous value belongs to.
 */
export const ATTRIBUTE_WORDS: Readonly<Record<string, readonly string[]>> = {
  category: ["category", "garment", "type"],
  collar: ["collar", "collars", "collared"],
  color: ["color", "colour", "colors", "colours", "shade"],
  fabric: ["fabric", "material"],
  fastening: ["fastening", "closure", "fastener", "fastenings"],
  fit: ["fit", "cut"],
  gender: ["gender"],
  neckline: ["neckline", "neck"],
  pattern: ["pattern", "patterns", "patterned"],
  pocket: ["pocket", "pockets"],
  sleevelen: ["sleeve", "sleeves", "sleeve length", "arms"],
  sport: ["sport", "sports", "sportswear", "activity"],
};

/**
 * Bare phrases that name values of several attributes ("round", "zip", "shirt") go to this
 * attribute unless an attribute word or the reference's labels say otherwise.
 */
export const PREFERRED_ATTRIBUTE: Readonly<Record<string, string>> = {
  round: "neckline",
  "v neck": "neckline",
  shirt: "category",
  belt: "fastening",
  zip: "fastening",
  "crew neck": "collar",
  crewneck: "collar",
  crew: "collar",
};

/**
 * "No <attribute>" means this value rather than removing the attribute, where the vocabulary has
 * a value for the absence ("no sleeves" is Sleeveless, "no pattern" is Plain).
 */
export const ABSENCE_VALUE: Readonly<Record<string, string>> = {
  sleevelen: "Sleeveless",
  fastening: "No closure",
  pattern: "Plain",
};
