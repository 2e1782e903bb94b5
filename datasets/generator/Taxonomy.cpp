#include "generator/Taxonomy.h"

#include <array>
#include <initializer_list>
#include <vector>

#include "util/Random.h"

namespace vitrina::gen::taxonomy {
namespace {

struct Subcategory {
    std::string_view plural;
    std::string_view singular;
};

struct Department {
    std::string_view name;
    std::vector<std::string_view> variants; ///< the last word of an item name: capacity, size, colour, ...
    std::vector<Subcategory> subcategories;
};

const std::vector<Department>& departments() {
    static const std::vector<Department> list = {
        {"Phones & Tablets",
         {"32 GB", "64 GB", "128 GB", "256 GB"},
         {{"Smartphones", "Smartphone"}, {"Feature Phones", "Mobile Phone"}, {"Tablets", "Tablet"},
          {"E-Readers", "E-Reader"}, {"Phone Cases", "Phone Case"}, {"Chargers", "Charger"},
          {"Screen Protectors", "Screen Protector"}, {"Power Banks", "Power Bank"}, {"Smartwatches", "Smartwatch"},
          {"Mobile Headsets", "Headset"}, {"Phone Cables", "Cable"}}},
        {"Computers",
         {"8 GB", "16 GB", "512 GB", "1 TB"},
         {{"Laptops", "Laptop"}, {"Desktop PCs", "Desktop PC"}, {"Monitors", "Monitor"}, {"Keyboards", "Keyboard"},
          {"Mice", "Mouse"}, {"Printers", "Printer"}, {"Routers", "Router"}, {"Hard Drives", "Hard Drive"},
          {"Memory Cards", "Memory Card"}, {"Graphics Cards", "Graphics Card"}, {"Webcams", "Webcam"}}},
        {"TV, Audio & Video",
         {"Black", "Silver", "White", "2.1 ch"},
         {{"Televisions", "TV"}, {"Soundbars", "Soundbar"}, {"Headphones", "Headphones"}, {"Speakers", "Speaker"},
          {"Projectors", "Projector"}, {"Media Players", "Media Player"}, {"Remote Controls", "Remote Control"},
          {"TV Mounts", "TV Mount"}, {"Turntables", "Turntable"}, {"Microphones", "Microphone"}}},
        {"Cameras",
         {"Black", "Silver", "Kit", "Body Only"},
         {{"Digital Cameras", "Camera"}, {"Lenses", "Lens"}, {"Tripods", "Tripod"}, {"Action Cameras", "Action Camera"},
          {"Camera Bags", "Camera Bag"}, {"Flashes", "Flash"}, {"Drones", "Drone"}, {"Binoculars", "Binoculars"},
          {"Photo Printers", "Photo Printer"}}},
        {"Home Appliances",
         {"White", "Steel", "Black", "Compact"},
         {{"Refrigerators", "Refrigerator"}, {"Washing Machines", "Washing Machine"}, {"Dishwashers", "Dishwasher"},
          {"Vacuum Cleaners", "Vacuum Cleaner"}, {"Microwaves", "Microwave"}, {"Air Conditioners", "Air Conditioner"},
          {"Heaters", "Heater"}, {"Irons", "Iron"}, {"Water Filters", "Water Filter"}, {"Fans", "Fan"}}},
        {"Kitchen",
         {"20 cm", "24 cm", "28 cm", "Set of 3"},
         {{"Cookware", "Frying Pan"}, {"Knives", "Knife"}, {"Coffee Makers", "Coffee Maker"}, {"Kettles", "Kettle"},
          {"Blenders", "Blender"}, {"Toasters", "Toaster"}, {"Tableware", "Plate Set"},
          {"Food Storage", "Food Container"}, {"Bakeware", "Baking Tray"}, {"Cutlery", "Cutlery Set"}}},
        {"Furniture",
         {"Oak", "Walnut", "White", "Grey"},
         {{"Sofas", "Sofa"}, {"Chairs", "Chair"}, {"Tables", "Table"}, {"Beds", "Bed"}, {"Wardrobes", "Wardrobe"},
          {"Shelves", "Shelf"}, {"Desks", "Desk"}, {"Mattresses", "Mattress"}, {"Cabinets", "Cabinet"}}},
        {"Home Decor",
         {"Beige", "Blue", "Green", "Terracotta"},
         {{"Lamps", "Lamp"}, {"Curtains", "Curtains"}, {"Rugs", "Rug"}, {"Mirrors", "Mirror"},
          {"Wall Art", "Wall Print"}, {"Candles", "Candle"}, {"Vases", "Vase"}, {"Clocks", "Wall Clock"},
          {"Cushions", "Cushion"}, {"Photo Frames", "Photo Frame"}}},
        {"Garden",
         {"Green", "Large", "Small", "Set"},
         {{"Garden Tools", "Garden Tool"}, {"Lawn Mowers", "Lawn Mower"}, {"Plants", "Plant"},
          {"Seeds", "Seed Pack"}, {"Grills", "Grill"}, {"Garden Furniture", "Garden Chair"},
          {"Hoses", "Garden Hose"}, {"Planters", "Planter"}, {"Outdoor Lighting", "Garden Light"}}},
        {"Tools & DIY",
         {"18 V", "Cordless", "Corded", "Set"},
         {{"Drills", "Drill"}, {"Saws", "Saw"}, {"Hand Tools", "Hand Tool"}, {"Tool Boxes", "Tool Box"},
          {"Ladders", "Ladder"}, {"Paint", "Paint"}, {"Fasteners", "Screw Set"}, {"Measuring Tools", "Tape Measure"},
          {"Safety Gear", "Safety Glasses"}, {"Sanders", "Sander"}}},
        {"Women's Clothing",
         {"Size S", "Size M", "Size L", "Size XL"},
         {{"Dresses", "Dress"}, {"Blouses", "Blouse"}, {"Skirts", "Skirt"}, {"Jeans", "Jeans"}, {"Coats", "Coat"},
          {"Sweaters", "Sweater"}, {"Swimwear", "Swimsuit"}, {"Lingerie", "Bra"}, {"Sportswear", "Sports Top"}}},
        {"Men's Clothing",
         {"Size M", "Size L", "Size XL", "Size XXL"},
         {{"Shirts", "Shirt"}, {"T-Shirts", "T-Shirt"}, {"Trousers", "Trousers"}, {"Jackets", "Jacket"},
          {"Suits", "Suit"}, {"Hoodies", "Hoodie"}, {"Underwear", "Boxer Briefs"}, {"Shorts", "Shorts"},
          {"Socks", "Socks"}}},
        {"Shoes",
         {"Size 38", "Size 40", "Size 42", "Size 44"},
         {{"Sneakers", "Sneakers"}, {"Boots", "Boots"}, {"Sandals", "Sandals"}, {"Heels", "Heels"},
          {"Loafers", "Loafers"}, {"Slippers", "Slippers"}, {"Running Shoes", "Running Shoes"},
          {"Shoe Care", "Shoe Polish"}}},
        {"Bags & Accessories",
         {"Black", "Brown", "Navy", "Red"},
         {{"Backpacks", "Backpack"}, {"Handbags", "Handbag"}, {"Wallets", "Wallet"}, {"Belts", "Belt"},
          {"Sunglasses", "Sunglasses"}, {"Hats", "Hat"}, {"Scarves", "Scarf"}, {"Umbrellas", "Umbrella"},
          {"Suitcases", "Suitcase"}}},
        {"Jewelry & Watches",
         {"Gold", "Silver", "Rose Gold", "Steel"},
         {{"Rings", "Ring"}, {"Necklaces", "Necklace"}, {"Earrings", "Earrings"}, {"Bracelets", "Bracelet"},
          {"Watches", "Watch"}, {"Brooches", "Brooch"}, {"Jewelry Boxes", "Jewelry Box"}, {"Cufflinks", "Cufflinks"}}},
        {"Beauty",
         {"50 ml", "100 ml", "200 ml", "Travel Size"},
         {{"Skincare", "Face Cream"}, {"Makeup", "Lipstick"}, {"Perfume", "Perfume"}, {"Hair Care", "Shampoo"},
          {"Nail Care", "Nail Polish"}, {"Shaving", "Razor"}, {"Hair Dryers", "Hair Dryer"},
          {"Bath & Body", "Shower Gel"}, {"Sun Care", "Sunscreen"}}},
        {"Health",
         {"30 pcs", "60 pcs", "90 pcs", "Standard"},
         {{"Vitamins", "Vitamin Pack"}, {"First Aid", "First Aid Kit"}, {"Thermometers", "Thermometer"},
          {"Blood Pressure Monitors", "Blood Pressure Monitor"}, {"Massagers", "Massager"},
          {"Bathroom Scales", "Bathroom Scale"}, {"Contact Lenses", "Contact Lenses"}, {"Orthopedics", "Knee Brace"}}},
        {"Baby & Kids",
         {"0-6 m", "6-12 m", "1-2 y", "2-3 y"},
         {{"Strollers", "Stroller"}, {"Car Seats", "Car Seat"}, {"Diapers", "Diapers"}, {"Baby Food", "Baby Food"},
          {"Baby Clothing", "Baby Bodysuit"}, {"Feeding", "Baby Bottle"}, {"Nursery Furniture", "Crib"},
          {"Baby Monitors", "Baby Monitor"}, {"Bath Time", "Baby Bath"}}},
        {"Toys & Games",
         {"3+", "6+", "8+", "12+"},
         {{"Building Sets", "Building Set"}, {"Dolls", "Doll"}, {"Board Games", "Board Game"}, {"Puzzles", "Puzzle"},
          {"Remote Control Toys", "RC Car"}, {"Plush Toys", "Plush Toy"}, {"Outdoor Toys", "Play Tent"},
          {"Educational Toys", "Learning Kit"}, {"Video Games", "Video Game"}}},
        {"Sports & Outdoors",
         {"Size M", "Size L", "Adult", "Junior"},
         {{"Bicycles", "Bicycle"}, {"Fitness Equipment", "Dumbbell Set"}, {"Camping", "Tent"}, {"Fishing", "Fishing Rod"},
          {"Team Sports", "Football"}, {"Winter Sports", "Ski Set"}, {"Yoga", "Yoga Mat"},
          {"Swimming", "Swim Goggles"}, {"Running", "Running Belt"}, {"Cycling Gear", "Bike Helmet"}}},
        {"Automotive",
         {"Universal", "Front", "Rear", "Set of 4"},
         {{"Car Electronics", "Dash Cam"}, {"Tyres", "Tyre"}, {"Car Care", "Car Wax"}, {"Car Parts", "Brake Pad Set"},
          {"Motor Oil", "Motor Oil"}, {"Car Accessories", "Seat Cover"}, {"Navigation", "GPS Navigator"},
          {"Roof Boxes", "Roof Box"}, {"Car Batteries", "Car Battery"}}},
        {"Books, Music & Film",
         {"Hardcover", "Paperback", "Special Edition", "Box Set"},
         {{"Fiction", "Novel"}, {"Non-Fiction", "Book"}, {"Children's Books", "Picture Book"},
          {"Textbooks", "Textbook"}, {"Comics", "Comic"}, {"Vinyl Records", "LP"}, {"CDs", "CD"},
          {"Films", "Blu-ray"}, {"Audiobooks", "Audiobook"}}},
        {"Pet Supplies",
         {"2 kg", "5 kg", "Small", "Large"},
         {{"Dog Food", "Dog Food"}, {"Cat Food", "Cat Food"}, {"Pet Beds", "Pet Bed"}, {"Leashes", "Leash"},
          {"Aquariums", "Aquarium"}, {"Pet Toys", "Pet Toy"}, {"Cat Litter", "Cat Litter"},
          {"Bird Supplies", "Bird Cage"}}},
        {"Office & Stationery",
         {"A4", "A5", "Pack of 10", "Blue"},
         {{"Notebooks", "Notebook"}, {"Pens", "Pen Set"}, {"Paper", "Printer Paper"}, {"Office Chairs", "Office Chair"},
          {"Calculators", "Calculator"}, {"Folders", "Folder"}, {"Art Supplies", "Paint Set"},
          {"Shredders", "Paper Shredder"}, {"Labels", "Label Maker"}}},
        {"Food & Drinks",
         {"250 g", "500 g", "1 kg", "Gift Box"},
         {{"Coffee", "Coffee"}, {"Tea", "Tea"}, {"Snacks", "Snack Box"}, {"Sweets", "Chocolate Box"},
          {"Spices", "Spice Set"}, {"Pasta & Grains", "Pasta"}, {"Soft Drinks", "Juice Pack"},
          {"Organic Food", "Organic Box"}, {"Sauces", "Sauce"}}},
    };
    return list;
}

// Level 3: a style word in front of the parent's name ("Premium Smartphones").
constexpr std::array<std::string_view, 30> kStyles = {
    "Premium",  "Budget",     "Compact", "Professional", "Classic", "Kids'",    "Outdoor", "Smart",
    "Portable", "Wireless",   "Eco",     "Vintage",      "Travel",  "Heavy-Duty", "Designer", "Mini",
    "Deluxe",   "Essential",  "Sport",   "Limited Edition", "Refurbished", "Gift", "Seasonal", "Luxury",
    "Family",   "Starter",    "Advanced", "Urban",       "Handmade", "Everyday"};
// Level 4: a facet of the style group.
constexpr std::array<std::string_view, 18> kFacets = {
    "Black", "White", "Silver", "Red",  "Blue",         "Green",       "Large",     "Small",      "Sets",
    "Singles", "Bundles", "New Arrivals", "Bestsellers", "Clearance", "Accessories", "Spare Parts", "Gift Sets", "Online Exclusives"};
constexpr std::array<std::string_view, 8> kSeries = {"Series A", "Series B", "Series C", "Series D",
                                                     "Series E", "Series F", "Series G", "Series H"};
constexpr std::array<std::string_view, 5> kGenerations = {"Gen 1", "Gen 2", "Gen 3", "Gen 4", "Gen 5"};

constexpr std::array<std::string_view, 48> kBrands = {
    "Nova",   "Vega",   "Orion",  "Aurora", "Zenith", "Lumo",   "Kairo",  "Tessa",  "Brisk",  "Alto",
    "Solace", "Vireo",  "Quanta", "Ember",  "Nordik", "Polaris", "Cobalt", "Fjord", "Meridian", "Onyx",
    "Pixel",  "Rivo",   "Sable",  "Terra",  "Umbra",  "Velox",  "Willow", "Xeno",   "Yara",   "Zephyr",
    "Arden",  "Bolt",   "Cirrus", "Delta",  "Echo",   "Flint",  "Glide",  "Halo",   "Iris",   "Juno",
    "Kestrel", "Lyric", "Mosaic", "Nimbus", "Opal",   "Prism",  "Quill",  "Rhea"};
constexpr std::array<std::string_view, 12> kModelWords = {"X", "S", "A", "Pro ", "Air ", "Max ", "Lite ",
                                                          "Neo ", "Plus ", "One ", "Q", "M"};

} // namespace

std::size_t departmentCount() { return departments().size(); }
std::string_view departmentName(std::size_t department) { return departments()[department].name; }
std::size_t subcategoryCount(std::size_t department) { return departments()[department].subcategories.size(); }
std::string_view subcategoryPlural(std::size_t department, std::size_t sub) {
    return departments()[department].subcategories[sub].plural;
}
std::string_view subcategorySingular(std::size_t department, std::size_t sub) {
    return departments()[department].subcategories[sub].singular;
}

std::size_t maxChildren(int childLevel) {
    switch (childLevel) {
    case 3: return kStyles.size();
    case 4: return kFacets.size();
    case 5: return kSeries.size();
    case 6: return kGenerations.size();
    default: return 0;
    }
}

std::string childName(int childLevel, std::size_t wordIndex, std::string_view parentPlural) {
    switch (childLevel) {
    case 3: return std::string(kStyles[wordIndex]) + " " + std::string(parentPlural);
    case 4: return std::string(kFacets[wordIndex]);
    case 5: return std::string(kSeries[wordIndex]);
    case 6: return std::string(kGenerations[wordIndex]);
    default: return {};
    }
}

std::string itemName(std::size_t department, std::size_t sub, std::uint64_t key) {
    const Department& d = departments()[department];
    const std::uint64_t h1 = util::mix64(key);
    const std::uint64_t h2 = util::mix64(h1);
    std::string name(d.subcategories[sub].singular);
    name += ' ';
    name += kBrands[h1 % kBrands.size()];
    name += ' ';
    name += kModelWords[(h1 >> 16) % kModelWords.size()];
    name += std::to_string(1 + (h1 >> 32) % 9);
    if ((h2 & 3) != 0) { // three items in four name a variant, as shops usually do
        name += ' ';
        name += d.variants[(h2 >> 8) % d.variants.size()];
    }
    return name;
}

std::string csvField(std::string_view text) {
    if (text.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(text);
    std::string quoted = "\"";
    for (char c : text) {
        if (c == '"') quoted += '"';
        quoted += c;
    }
    quoted += '"';
    return quoted;
}

} // namespace vitrina::gen::taxonomy
