#!/usr/bin/env python3
"""Builds the demo store's catalog from the real UCI "Online Retail" dataset.

    python3 scripts/make-demo-products.py [path/to/online-retail.csv.gz]

Reads /work/shared/datasets/online-retail/online-retail.csv.gz (default) and writes
core/resources/demo/categories.csv and core/resources/demo/products.csv. Python 3 stdlib only,
deterministic: the same input gives byte-identical output.

Dataset: Chen, D. (2015). Online Retail [Dataset]. UCI Machine Learning Repository.
https://doi.org/10.24432/C5BW33 - licensed CC BY 4.0 (see core/resources/demo/README.md).

What it does:
- ranks real product StockCodes by the number of distinct invoices that bought them (cancellation
  invoices "C...", bad-debt adjustments "A..." and lines with quantity <= 0 do not count) and keeps the
  top PRODUCT_COUNT; non-product codes (postage, fees, manual lines, samples, gift vouchers) are skipped,
- name: the code's most frequent Description, whitespace-normalised and title-cased,
- old_name: the second most frequent Description when it differs beyond case and punctuation (the demo
  generator writes it on old order items: "the product was renamed since"),
- price: the median positive UnitPrice of the counted lines (GBP), rounded to pence,
- categories: one or two of the category tree below, chosen by keywords of the description
  (fallback "Gifts"),
- configurable products: real colour/style variants (same description apart from a colour word, or the
  same 5-digit StockCode with different letter suffixes) become children of a configurable parent,
  about 30 parents with 2-3 children each,
- deleted products: the DELETED_COUNT codes ranked just below the catalog, type "deleted": they are not
  put into the catalog, the generator uses them on old order items (product since deleted),
- virtual products: three digital gift cards (invented, not from the dataset) for virtual orders.

products.csv columns: sku,name,price,categories,type,parent_sku,old_name
  categories = category paths joined by "|", type = simple|configurable|virtual|deleted,
  parent_sku = the configurable parent of a child (empty otherwise).
categories.csv columns: path (below "Default Category", parents before children).
"""

import collections
import csv
import gzip
import io
import os
import re
import sys
from decimal import ROUND_HALF_UP, Decimal

DEFAULT_INPUT = "/work/shared/datasets/online-retail/online-retail.csv.gz"
HERE = os.path.dirname(os.path.abspath(__file__))
OUT_DIR = os.path.join(HERE, "..", "core", "resources", "demo")

PRODUCT_COUNT = 800
DELETED_COUNT = 20
MAX_CONFIGURABLES = 30
MAX_CHILDREN = 3

NON_PRODUCT_CODES = {"POST", "DOT", "M", "D", "S", "C2", "BANK CHARGES", "AMAZONFEE", "CRUK", "PADS", "B"}

# The category tree below "Default Category" (entity 2). Parents come before their children.
CATEGORIES = [
    "Home & Kitchen",
    "Home & Kitchen/Baking & Cake Decorating",
    "Home & Kitchen/Tableware & Teacups",
    "Home & Kitchen/Kitchen Storage",
    "Home & Kitchen/Clocks",
    "Home Decor",
    "Home Decor/Frames & Signs",
    "Home Decor/Hanging Decorations",
    "Home Decor/Doormats & Cushions",
    "Home Decor/Knobs & Hooks",
    "Candles & Lights",
    "Candles & Lights/T-Light Holders",
    "Candles & Lights/Lanterns & Night Lights",
    "Christmas",
    "Christmas/Christmas Decorations",
    "Christmas/Christmas Cards & Wrap",
    "Bags",
    "Bags/Jumbo Bags & Shoppers",
    "Bags/Lunch Bags & Boxes",
    "Bags/Charlotte & Shoulder Bags",
    "Garden",
    "Garden/Gardening",
    "Garden/Birds & Wildlife",
    "Party",
    "Party/Bunting & Banners",
    "Party/Cake Cases & Napkins",
    "Stationery",
    "Stationery/Notebooks & Journals",
    "Stationery/Gift Wrap & Tags",
    "Stationery/Greeting Cards",
    "Stationery/Pens & Pencils",
    "Toys & Games",
    "Toys & Games/Games & Puzzles",
    "Toys & Games/Dolls & Feltcraft",
    "Toys & Games/Children's Corner",
    "Fashion & Accessories",
    "Fashion & Accessories/Jewellery & Hair",
    "Fashion & Accessories/Umbrellas & Parasols",
    "Fashion & Accessories/Hot Water Bottles & Warmers",
    "Gifts",
    "Gifts/Gift Cards",
]

# (regular expression on the upper-case description, category). Every rule is tried in order; a
# product gets the first two distinct categories that match.
RULES = [
    (r"CHRISTMAS|ADVENT|XMAS|SANTA|REINDEER|SNOWFLAKE|SLEIGH|STOCKING|NATIVITY|CRACKERS", None),  # see below
    (r"\bLUNCH\b|SNACK BOX", "Bags/Lunch Bags & Boxes"),
    (r"\bJUMBO\b|SHOPPER|RECYCLING BAG|AIRLINE BAG|STORAGE BAG", "Bags/Jumbo Bags & Shoppers"),
    (r"CHARLOTTE|SHOULDER BAG|PICNIC BAG|PEG BAG|\bTOTE\b|BEACH BAG|\bPURSE", "Bags/Charlotte & Shoulder Bags"),
    (r"CAKE CASES|BAKING CASES|MINI CASES|NAPKINS|PAPER PLATES|PAPER CUPS|DOILIES|STRAWS|PARASOLS", "Party/Cake Cases & Napkins"),
    (r"BUNTING|BANNER|GARLAND|PAPER CHAIN", "Party/Bunting & Banners"),
    (r"PARTY|BIRTHDAY|BALLOON", "Party"),
    (r"T-LIGHT|TEALIGHT|T LIGHT|CANDLEHOLDER|CANDLE HOLDER|VOTIVE", "Candles & Lights/T-Light Holders"),
    (r"LANTERN|NIGHT LIGHT|\bLIGHTS\b|\bLAMP\b|\bLED\b", "Candles & Lights/Lanterns & Night Lights"),
    (r"CANDLE", "Candles & Lights"),
    (r"CLOCK", "Home & Kitchen/Clocks"),
    (r"CAKESTAND|CAKE STAND|CAKE TIN|COOKIE CUTTER|BAKING|JELLY MOULD|MEASURING|SCALES|ROLLING PIN|JAM MAKING|OVEN GLOVE|APRON|PUDDING", "Home & Kitchen/Baking & Cake Decorating"),
    (r"TEACUP|SAUCER|\bMUG\b|\bCUPS?\b|PLATE|BOWL|TEA SET|TEAPOT|\bJUG\b|EGG CUP|CUTLERY|MILK JUG|TEA GLASS|GLASSES|TUMBLER|BEAKER", "Home & Kitchen/Tableware & Teacups"),
    (r"\bTINS?\b|\bJARS?\b|STORAGE|RECIPE BOX|BREAD BIN|CONTAINER|DISPENSER|CANISTER|BISCUIT", "Home & Kitchen/Kitchen Storage"),
    (r"TEA TOWEL|WASHING UP|KITCHEN|PANTRY", "Home & Kitchen"),
    (r"FRAME|\bSIGN\b|CHALKBOARD|BLACK BOARD|PLAQUE|MEMO BOARD|BUILDING BLOCK WORD|PHOTO", "Home Decor/Frames & Signs"),
    (r"DOORMAT|CUSHION|THROW|\bRUG\b|\bMAT\b|DOORSTOP", "Home Decor/Doormats & Cushions"),
    (r"KNOB|\bHOOKS?\b|HANGER|COAT RACK", "Home Decor/Knobs & Hooks"),
    (r"GARDEN|KNEELING PAD|WATERING|TROWEL|PLANT|FLOWER POT|HERB|SEED|\bSHED\b|GNOME", "Garden/Gardening"),
    (r"\bBIRDS?\b|BIRDHOUSE|BIRD HOUSE|FEEDER|\bNEST\b|BUTTERFLY|\bOWLS?\b", "Garden/Birds & Wildlife"),
    (r"NOTEBOOK|JOURNAL|NOTEPAD|NOTE BOOK|EXERCISE BOOK|ALBUM|STATIONERY|DIARY|ADDRESS BOOK|SKETCHBOOK", "Stationery/Notebooks & Journals"),
    (r"\bWRAP\b|GIFT TAG|TISSUES|RIBBON|GIFT BAG|GIFT BOX|WRAPPING|STICKER", "Stationery/Gift Wrap & Tags"),
    (r"\bCARDS?\b(?! GAME)(?!.*WALLET)", "Stationery/Greeting Cards"),
    (r"PENCIL|\bPENS?\b|CRAYON|CHALK STICKS|RULER|ERASER|MARKER|COLOURING|PAINT SET|WRITING SET", "Stationery/Pens & Pencils"),
    (r"\bGAME\b|SNAP CARDS|DOMINO|PUZZLE|JIGSAW|BINGO|SNAKES|SKITTLES|SKIPPING|SPINNING TOP|ROUNDERS|PLAYING CARDS|\bDICE\b", "Toys & Games/Games & Puzzles"),
    (r"\bDOLLS?\b|FELTCRAFT|FELT CRAFT|SOFT TOY|TEDDY|KNITTING NANCY|PLAYHOUSE|PUPPET", "Toys & Games/Dolls & Feltcraft"),
    (r"CHILDRENS|CHILDS|\bKIDS?\b|DOLLY GIRL|SPACEBOY|\bTOYS?\b|HARMONICA|MODELLING|MONEY BANK|GLIDERS|SOLDIER", "Toys & Games/Children's Corner"),
    (r"NECKLACE|BRACELET|EARRING|\bRING\b|\bHAIR\b|BANGLE|BROOCH|LIP GLOSS|JEWELLERY|CHARM|KEY FOB|KEYRING", "Fashion & Accessories/Jewellery & Hair"),
    (r"UMBRELLA|PARASOL", "Fashion & Accessories/Umbrellas & Parasols"),
    (r"HOT WATER BOTTLE|HOTTIE|HAND WARMER|WARMER", "Fashion & Accessories/Hot Water Bottles & Warmers"),
    (r"WALLET|PASSPORT|\bFAN\b|SCARF|GLOVES", "Fashion & Accessories"),
    (r"PICNIC BASKET|SEWING BOX", "Home Decor"),
    (r"HEART|HANGING|WICKER|ORNAMENT|DECORATION|\bSTAR\b|BELLS", "Home Decor/Hanging Decorations"),
    (r"TRINKET|BOX|CABINET|CHEST|DRAWER|BASKET", "Home Decor"),
]
CHRISTMAS_WRAP = re.compile(r"CARD|WRAP|TAG|RIBBON|CRACKERS|TISSUE")

COLOURS = {"RED", "PINK", "BLUE", "GREEN", "WHITE", "BLACK", "IVORY", "CREAM", "YELLOW", "ORANGE", "PURPLE",
           "CHOCOLATE", "GREY", "SILVER", "GOLD", "LILAC", "TURQUOISE", "NATURAL", "AQUA", "MINT"}

ACRONYMS = {"LED", "UK", "USA", "DIY", "XL", "RSPB", "PC", "NYC", "B'DRAW"}
SIZES = {"SMALL", "MEDIUM", "LARGE", "MINI", "GIANT"}
SMALL_WORDS = {"OF", "AND", "WITH", "IN", "THE", "FOR", "ON", "OR", "TO", "A"}

VIRTUAL_PRODUCTS = [  # invented: digital gift cards for virtual (no shipping) orders
    ("VGC-10", "Digital Gift Card £10", "10.00"),
    ("VGC-25", "Digital Gift Card £25", "25.00"),
    ("VGC-50", "Digital Gift Card £50", "50.00"),
]


def normalise(text):
    return " ".join(text.replace("\u00a0", " ").split()).rstrip(" .,")


def title_case(text):
    words = normalise(text).split(" ")
    out = []
    for index, word in enumerate(words):
        if index > 0 and word in SMALL_WORDS:
            out.append(word.lower())
            continue
        if word in ACRONYMS:
            out.append(word)
            continue
        chars = []
        previous = ""
        for ch in word:
            if ch.isalpha():
                capital = previous == "" or previous in "-/+(&\""
                chars.append(ch.upper() if capital else ch.lower())
            else:
                chars.append(ch)
            previous = ch
        out.append("".join(chars))
    return " ".join(out)


def loose(text):
    return re.sub(r"[^A-Z0-9]", "", text.upper())


def categorise(description):
    upper = description.upper()
    found = []
    for pattern, category in RULES:
        if not re.search(pattern, upper):
            continue
        if category is None:  # Christmas: decorations or cards & wrap
            category = "Christmas/Christmas Cards & Wrap" if CHRISTMAS_WRAP.search(upper) else "Christmas/Christmas Decorations"
        if category not in found:
            found.append(category)
        if len(found) == 2:
            break
    return found or ["Gifts"]


def median_price(prices):
    prices = sorted(prices)
    n = len(prices)
    mid = prices[n // 2] if n % 2 else (prices[n // 2 - 1] + prices[n // 2]) / 2
    return Decimal(mid).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def read_dataset(path):
    invoices = collections.defaultdict(set)
    descriptions = collections.defaultdict(collections.Counter)
    prices = collections.defaultdict(list)
    with gzip.open(path, "rt", encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            code = row["StockCode"]
            if code in NON_PRODUCT_CODES or code.startswith("gift_0001"):
                continue
            if row["InvoiceNo"].startswith(("C", "A")) or int(row["Quantity"]) <= 0:
                continue
            invoices[code].add(row["InvoiceNo"])
            if row["Description"]:
                descriptions[code][normalise(row["Description"])] += 1
            price = Decimal(row["UnitPrice"])
            if price > 0:
                prices[code].append(price)
    return invoices, descriptions, prices


def main_description(counter):
    # most frequent, ties broken alphabetically (Counter.most_common keeps insertion order on ties)
    return sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]


def old_description(counter, current):
    for text, count in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0])):
        if loose(text) != loose(current) and count >= 3 and not text.startswith(("?", "AMAZON", "CHECK")) \
                and text.upper() == text and len(text) > 6 and "," not in text:
            return text
    return ""


def common_name(names):
    lists = [n.split() for n in names]
    prefix = []
    for words in zip(*lists):
        if len(set(words)) != 1:
            break
        prefix.append(words[0])
    suffix = []
    for words in zip(*[list(reversed(w)) for w in lists]):
        if len(set(words)) != 1:
            break
        suffix.insert(0, words[0])
    best = prefix if len(prefix) >= len(suffix) else suffix
    return " ".join(best) if len(best) >= 2 else ""


def find_configurables(codes, descriptions, rank):
    groups = []
    used = set()
    # 1. same 5-digit StockCode with different letter suffixes (the retailer's own variants)
    families = collections.defaultdict(list)
    for code in codes:
        m = re.match(r"^(\d{5})([A-Z]+)$", code)
        if m:
            families[m.group(1)].append(code)
    for base in sorted(families, key=lambda b: rank[families[b][0]]):
        members = families[base][:MAX_CHILDREN]
        if len(members) < 2:
            continue
        name = common_name([main_description(descriptions[c]) for c in members])
        if not name:
            continue
        groups.append((base, name, members))
        used.update(members)
    # 2. the same description apart from one colour word
    by_base = collections.defaultdict(list)
    for code in codes:
        if code in used:
            continue
        words = main_description(descriptions[code]).split()
        colours = [w for w in words if w in COLOURS]
        if len(colours) == 1:
            by_base[" ".join(w for w in words if w not in COLOURS)].append(code)
    for name in sorted(by_base, key=lambda n: rank[by_base[n][0]]):
        members = by_base[name][:MAX_CHILDREN]
        if len(members) < 2:
            continue
        groups.append(("CFG-" + min(members), name, members))
    # 3. the same description apart from a size word (small / large ...), like clothes sizes
    by_base = collections.defaultdict(list)
    for code in codes:
        if code in used or any(code in g[2] for g in groups):
            continue
        words = main_description(descriptions[code]).split()
        sizes = [w for w in words if w in SIZES]
        if len(sizes) == 1:
            by_base[" ".join(w for w in words if w not in SIZES)].append(code)
    for name in sorted(by_base, key=lambda n: rank[by_base[n][0]]):
        members = by_base[name][:MAX_CHILDREN]
        if len(members) < 2 or len(name.split()) < 2:
            continue
        groups.append(("CFG-" + min(members), name, members))
    groups.sort(key=lambda g: rank[g[2][0]])
    return groups[:MAX_CONFIGURABLES]


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else DEFAULT_INPUT
    invoices, descriptions, prices = read_dataset(path)
    ranked = sorted((c for c in invoices if descriptions[c] and prices[c]), key=lambda c: (-len(invoices[c]), c))
    codes = ranked[:PRODUCT_COUNT]
    deleted = ranked[PRODUCT_COUNT:PRODUCT_COUNT + DELETED_COUNT]
    rank = {c: i for i, c in enumerate(ranked)}

    groups = find_configurables(codes, descriptions, rank)
    parent_of = {}
    first_child = {}
    for parent_sku, name, members in groups:
        for code in members:
            parent_of[code] = parent_sku
        first_child[members[0]] = (parent_sku, name, members)

    rows = []

    def product_row(code, kind):
        name = main_description(descriptions[code])
        old = old_description(descriptions[code], name)
        return [code, title_case(name), str(median_price(prices[code])), "|".join(categorise(name)), kind,
                parent_of.get(code, ""), title_case(old) if old else ""]

    for code in codes:
        if code in first_child:
            parent_sku, name, members = first_child[code]
            child_prices = [median_price(prices[c]) for c in members]
            rows.append([parent_sku, title_case(name), str(min(child_prices)), "|".join(categorise(name)),
                         "configurable", "", ""])
        rows.append(product_row(code, "simple"))
    for sku, name, price in VIRTUAL_PRODUCTS:
        rows.append([sku, name, price, "Gifts/Gift Cards", "virtual", "", ""])
    for code in deleted:
        row = product_row(code, "deleted")
        row[5] = ""
        rows.append(row)

    for cat in {c for r in rows for c in r[3].split("|")}:
        assert cat in CATEGORIES, cat

    os.makedirs(OUT_DIR, exist_ok=True)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["sku", "name", "price", "categories", "type", "parent_sku", "old_name"])
    writer.writerows(rows)
    with open(os.path.join(OUT_DIR, "products.csv"), "w", encoding="utf-8", newline="") as out:
        out.write(buffer.getvalue())
    with open(os.path.join(OUT_DIR, "categories.csv"), "w", encoding="utf-8", newline="") as out:
        out.write("path\n")
        for cat in CATEGORIES:
            out.write(cat + "\n")
    kinds = collections.Counter(r[4] for r in rows)
    print(f"products.csv: {len(rows)} rows {dict(kinds)}, {len(buffer.getvalue().encode())} bytes; "
          f"{len(groups)} configurables; categories.csv: {len(CATEGORIES)} categories", file=sys.stderr)


if __name__ == "__main__":
    main()
