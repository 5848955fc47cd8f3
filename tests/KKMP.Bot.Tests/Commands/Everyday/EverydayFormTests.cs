using KKMP.Bot.Commands.Parsing;

namespace KKMP.Bot.Tests.Commands.Everyday;

/// <summary>Every everyday form lands in exactly the Command its slash form gives, marked FromWords.</summary>
public class EverydayFormTests
{
    [Theory]
    // Sale verbs, tenses, word order, time words, Javanese
    [InlineData("sudah terjual gula 2 kilo", "/jual gula 2 kilo")]
    [InlineData("minyak laku 3 liter", "/jual minyak 3 liter")]
    [InlineData("telur kejual sekilo", "/jual telur 1 kg")]
    [InlineData("td siang kejual tepung 2 kg", "/jual tepung 2 kg")]
    [InlineData("dijual beras 1 karung", "/jual beras 1 karung")]
    [InlineData("gula pasir payu 3 kg", "/jual gula pasir 3 kg")]
    [InlineData("kemarin sore kejual beras 1 karung", "/jual beras 1 karung")]
    [InlineData("terjual 2 kg gula", "/jual gula 2 kg")]
    [InlineData("jual 3 liter minyak goreng", "/jual minyak goreng 3 liter")]
    [InlineData("ada yg beli gula 2 kg td", "/jual gula 2 kg")]
    [InlineData("mohon dicatat penjualan telur 2 kg", "/jual telur 2 kg")]
    [InlineData("gula laku 2", "/jual gula 2")]
    // Short and Javanese verbs; "sak" + unit is one of it
    [InlineData("dtg beras 2 karung hrg 300rb", "/masuk beras 2 karung @300rb")]
    [InlineData("msk gula 10 kg", "/masuk gula 10 kg")]
    [InlineData("dodolan telur 2 kg", "/jual telur 2 kg")]
    [InlineData("kejual beras sak karung td sore", "/jual beras 1 karung")]
    // "beras2kg" is glued; "tos"/"wis" (already) are filler; "5 ons" is a unit
    [InlineData("jual beras2kg", "/jual beras 2kg")]
    [InlineData("tos payu tepung 3 kg", "/jual tepung 3 kg")]
    [InlineData("wis payu beras sak karung", "/jual beras 1 karung")]
    [InlineData("udh kejual gula 5 ons", "/jual gula 5 ons")]
    [InlineData("stok tepung udh diitung, ada 21 kg", "/stok tepung 21 kg")]
    [InlineData("abis opname, beras tinggal 85 kg", "/stok beras 85 kg")]
    // A total for the whole quantity is the unit price when it divides into whole rupiah
    [InlineData("masuk telur 10kg total 270rb", "/masuk telur 10kg @27000")]
    [InlineData("beli dari supplier telur 5 kg harga 130rb semua", "/masuk telur 5 kg @26000")]
    [InlineData("td siang ada kiriman terigu 10 kg dr agen totalnya 100rb", "/masuk terigu 10 kg @10000")]
    [InlineData("kulakan telor 10 kilo 25rb sekilo", "/masuk telor 10 kilo @25rb per kg")] // money, then "one kilo"
    [InlineData("td sore kejual beras dua kilo setengah mas", "/jual beras 2,5 kilo")]
    [InlineData("bimoli lah tajua 2 liter", "/jual bimoli 2 liter")] // Minang "lah tajua"
    [InlineData("gula sudah laku mi 2 kilo", "/jual gula 2 kilo")]
    [InlineData("kulakan tepung 5 kg total 52.500", "/masuk tepung 5 kg @10500")]
    // A reason, a moment or a source after a complete entry is not part of it
    [InlineData("beras laku 10 kilo harga 12 ribu soalnya langganan", "/jual beras 10 kilo @12 ribu")]
    [InlineData("stok tepung skrg 22 kg stlh dihitung", "/stok tepung 22 kg")]
    [InlineData("masuk telur 5 kg dr pak darto", "/masuk telur 5 kg")]
    [InlineData("beli telur 5 kg dari bu sri", "/masuk telur 5 kg")]
    [InlineData("kejual gula 2 kg krn pelanggan tetap", "/jual gula 2 kg")]
    [InlineData("telor kejual sekilo buat warung sebelah", "/jual telor 1 kg")]
    [InlineData("migor masuk 2 dus @ 185rb per dus buat stok lebaran", "/masuk migor 2 dus @185rb per dus")]
    [InlineData("td sore dtg tepung 10 kg dr agen, hrg 10.200/kg", "/masuk tepung 10 kg @10.200/kg")]
    [InlineData("dateng minyak goreng satu dus dari pak haji harganya 185 ribu", "/masuk minyak goreng 1 dus @185 ribu")]
    [InlineData("masuk gula 10 kg @15rb blm dibayar", "/masuk gula 10 kg @15rb utang")]
    // The unit before the money: "per kilo 15rb"
    [InlineData("kulakan gula 25kg, per kilo 15rb", "/masuk gula 25kg @15rb per kilo")]
    [InlineData("masuk telur 10 kg per kg 24 ribu", "/masuk telur 10 kg @24 ribu per kg")]
    // Filler and decoration
    [InlineData("tepung 2kg kejual 👍👍", "/jual tepung 2kg")]
    [InlineData("Jual beras 2 kg pak!!!", "/jual beras 2 kg")]
    [InlineData("tolong dicatat ya mas, terjual beras 3 kg", "/jual beras 3 kg")]
    [InlineData("siap, gula kejual 2 kg 🙏", "/jual gula 2 kg")]
    [InlineData("jual migor 2 pak ya", "/jual migor 2 pak")]
    // Price markers
    [InlineData("kejual gula 2 kg hrg 18rb", "/jual gula 2 kg @18rb")]
    [InlineData("laku tepung 3 kg a 11.500", "/jual tepung 3 kg @11.500")]
    [InlineData("jual beras 2 kg à 13rb", "/jual beras 2 kg @13rb")]
    [InlineData("jual telur 1 kg harga 29000", "/jual telur 1 kg @29000")]
    [InlineData("laku telur 2 kilo harga 28 ribu", "/jual telur 2 kilo @28 ribu")]
    [InlineData("terjual minyak 2 liter 16rb per liter", "/jual minyak 2 liter @16rb per liter")]
    [InlineData("laku minyak goreng 2 ltr @ 16.000", "/jual minyak goreng 2 ltr @16.000")]
    [InlineData("restok beras 1 karung @ 300.000 /karung", "/masuk beras 1 karung @300.000/karung")]
    // Word numbers and voice typing
    [InlineData("jual tepung dua kilo gram", "/jual tepung 2 kg")]
    [InlineData("kejual telur setengah kilo", "/jual telur 0,5 kg")]
    [InlineData("laku gula seperempat kilo", "/jual gula 0,25 kg")]
    [InlineData("terjual beras satu setengah kilo", "/jual beras 1,5 kg")]
    [InlineData("beras laku sepuluh kilo koma lima", "/jual beras 10,5 kg")]
    [InlineData("masuk telur sepuluh koma lima kilo", "/masuk telur 10,5 kg")]
    [InlineData("kulakan gula dua puluh lima kilo", "/masuk gula 25 kg")]
    [InlineData("masuk beras dua belas karung", "/masuk beras 12 karung")]
    [InlineData("laku gula 2 koma 5 kg", "/jual gula 2,5 kg")]
    // Receipt verbs
    [InlineData("restok minyak 12 liter", "/masuk minyak 12 liter")]
    [InlineData("restock gula 20 kg @16rb", "/masuk gula 20 kg @16rb")]
    [InlineData("datang beras 2 karung harga 300rb", "/masuk beras 2 karung @300rb")]
    [InlineData("beras datang 4 karung", "/masuk beras 4 karung")]
    [InlineData("kulakan tepung 10 kg hrg 10rb", "/masuk tepung 10 kg @10rb")]
    [InlineData("beli dari supplier migor 2 dus @180rb", "/masuk migor 2 dus @180rb")]
    [InlineData("beli gula dari agen 10 kg harga 16.500", "/masuk gula 10 kg @16.500")]
    [InlineData("barang masuk beras 50 kg", "/masuk beras 50 kg")]
    [InlineData("barang masuk: gula 25 kg", "/masuk gula 25 kg")]
    [InlineData("stok masuk beras 25 kg", "/masuk beras 25 kg")]
    [InlineData("masuk!!! 10 dus mie", "/masuk mie 10 dus")]
    [InlineData("datang 2 dus minyakita", "/masuk minyakita 2 dus")]
    [InlineData("masuk telur 10 kg harga 26000", "/masuk telur 10 kg @26000")]
    // Counts
    [InlineData("opname beras 80 kg", "/stok beras 80 kg")]
    [InlineData("stok opname gula 45 kg", "/stok gula 45 kg")]
    [InlineData("hitung stok telur 9 kg", "/stok telur 9 kg")]
    [InlineData("sisa gula tinggal 7 kg", "/stok gula 7 kg")]
    [InlineData("stok beras tinggal 60 kg", "/stok beras 60 kg")]
    [InlineData("hasil opname tepung 22 kg", "/stok tepung 22 kg")]
    [InlineData("sisa stok tepung 18 kg", "/stok tepung 18 kg")]
    [InlineData("cek stok beras ada 70 kg", "/stok beras 70 kg")]
    [InlineData("stok opname: beras 3 karung", "/stok beras 3 karung")]
    [InlineData("opname telur 0 kg", "/stok telur 0 kg")]
    // Price changes
    [InlineData("ubah harga gula jadi 18rb", "/setharga gula 18rb")]
    [InlineData("ganti harga beras 13.000", "/setharga beras 13.000")]
    [InlineData("harga telur sekarang 29rb", "/setharga telur 29rb")]
    [InlineData("naikkan harga migor jadi 16rb", "/setharga migor 16rb")]
    [InlineData("turunkan harga tepung jadi 10.500", "/setharga tepung 10.500")]
    [InlineData("harga gula skrg 18.000/kg", "/setharga gula 18.000/kg")]
    [InlineData("ubah harga beras jadi 310rb per karung", "/setharga beras 310rb per karung")]
    [InlineData("harga minyak goreng naik jadi 16.500", "/setharga minyak goreng 16.500")]
    [InlineData("tolong ganti harga telur jadi 28.500 ya", "/setharga telur 28.500")]
    [InlineData("harga gula jadi 18rb mulai hari ini", "/setharga gula 18rb")]
    [InlineData("harga gula ganti jadi 18rb", "/setharga gula 18rb")] // the change said after the item
    [InlineData("hrg telur diganti 29rb aja", "/setharga telur 29rb")]
    [InlineData("harga migor per dus jd 190rb", "/setharga migor 190rb per dus")] // the unit the price is for
    [InlineData("turunin harga beras sekarung jadi 300rb", "/setharga beras 300rb per karung")]
    [InlineData("tepung naikin jd 12rb", "/setharga tepung 12rb")] // no "harga": an order to change, and money
    [InlineData("terigu harganya ganti 11.500", "/setharga terigu 11.500")] // the item before the price word
    // Recap and undo in words
    [InlineData("rekapan kemarin dong", "/rekap kemarin")]
    [InlineData("laporan jualan hari ini", "/rekap")]
    [InlineData("rekap hr ini", "/rekap")]
    [InlineData("minta rekap kmrn", "/rekap kemarin")]
    [InlineData("omzet hari ini", "/rekap")]
    [InlineData("rekap tanggal 20 nov", "/rekap 20 nov")]
    [InlineData("rekap hr ini gmn?", "/rekap")]
    // A whole list asked in words: every other word is asking-around
    [InlineData("cek stok dong", "/stok")]
    [InlineData("stok barang smua sisa brp", "/stok")]
    [InlineData("kas hari ini brp", "/kas")]
    [InlineData("saldo kas skrg berapa?", "/kas")]
    [InlineData("duit kas skrg ada brp", "/kas")]
    [InlineData("rekap hr ini udh brp", "/rekap")]
    [InlineData("rekap minggu ini dong", "/rekap minggu ini")]
    [InlineData("waduh salah, batal aja yg terakhir", "/batal")]
    [InlineData("punten, yg tadi dibatalin aja", "/batal")]
    [InlineData("yang terakhir kliru, hapus ya pak", "/batal")]
    [InlineData("batal yg td bu pembelinya gajadi", "/batal")]
    [InlineData("penjualan kemarin brp total", "/rekap kemarin")]
    [InlineData("stok barang apa aja yg ada", "/stok")]
    [InlineData("yang terakhir salah, batalkan", "/batal")]
    [InlineData("batalin yg td mas 🙏", "/batal")]
    [InlineData("hapus catatan terakhir", "/batal")]
    [InlineData("salah input, tolong dibatalkan", "/batal")]
    [InlineData("batalkan", "/batal")]
    [InlineData("cancel", "/batal")]
    [InlineData("waduh salah pencet, yg barusan batalin ya", "/batal")]
    [InlineData("sing mau batalno wae", "/batal")]
    [InlineData("batal yg terakhir ya, double input 🙏", "/batal")]
    [InlineData("yang tadi ga jadi, pembelinya balikin barangnya", "/batal")]
    [InlineData("rekapan kmrn blm liat, kirim ya", "/rekap kemarin")]
    [InlineData("terjual tepung terigu lima ratus gram", "/jual tepung terigu 500 gram")]
    [InlineData("lakumi minyak 3L", "/jual minyak 3L")]
    // a line forwarded from a WhatsApp group, voice-typing filler, chat English, a glued half
    [InlineData("[08.47] Pak Joko: td pagi kejual beras 1krg", "/jual beras 1 krg")]
    [InlineData("[29/11 14.22] Bu Sri: yg barusan hapus aja, salah input", "/batal")]
    [InlineData("eee jual apa namanya gula eee dua kilo", "/jual gula 2 kilo")]
    [InlineData("sold 2kg beras", "/jual beras 2kg")]
    [InlineData("kejual tepung 1½kg", "/jual tepung 1,5 kg")]
    [InlineData("cancel yg terakhir pls", "/batal")]
    [InlineData("talua tajua sakilo satangah", "/jual talua 1,5 kg")]
    [InlineData("yang tadi batal mas, ora sido tuku", "/batal")]
    [InlineData("Mohon ditampilkan rekap penjualan kemarin.", "/rekap kemarin")]
    // a request wrapped in a greeting and followed by its reason
    [InlineData("pak minta tolong kirimkan rekap penjualan hari ini ya soalnya mau saya laporkan ke pak kades nanti malam", "/rekap")]
    [InlineData("tolong cek uang kas hari ini ada berapa ya soalnya saya mau setor ke bendahara sore ini", "/kas")]
    [InlineData("Mohon maaf, catatan yang terakhir saya kirim keliru. Mohon dibatalkan. Terima kasih.", "/batal")]
    // Item after the verb, quantity first, quoted names
    [InlineData("beras 2 karung masuk td pagi", "/masuk beras 2 karung")]
    [InlineData("minyak 1 liter kejual @ 16rb", "/jual minyak 1 liter @16rb")]
    [InlineData("tinggal 10 liter minyak", "/stok minyak 10 liter")]
    [InlineData("kulakan 5 karung beras harga 300rb", "/masuk beras 5 karung @300rb")]
    [InlineData("terjual \"gula pasir\" 2 kg", "/jual \"gula pasir\" 2 kg")]
    [InlineData("update stok beras 50 kg", "/stok beras 50 kg")]
    // Regional vocabulary: chat shorthand and the verbs, "already" words and numbers of each region
    [InlineData("trjl gula 2 kg", "/jual gula 2 kg")]
    [InlineData("sdh kjl beras 5 kg", "/jual beras 5 kg")]
    [InlineData("msuk telur 10 kg", "/masuk telur 10 kg")]
    [InlineData("dtang minyak 2 dus hrg 180rb", "/masuk minyak 2 dus @180rb")]
    [InlineData("opnm beras 80 kg", "/stok beras 80 kg")]
    [InlineData("wis kesade beras rong kilo", "/jual beras 2 kilo")]                      // Javanese krama sell, ngoko "rong"
    [InlineData("sampun pajeng gula setunggal kilo nggih", "/jual gula 1 kilo")]         // Javanese krama
    [InlineData("beras mlebu 2 karung", "/masuk beras 2 karung")]
    [InlineData("sampun mlebet gendis sekawan karung", "/masuk gendis 4 karung")]
    [InlineData("beras sisane 20 kg", "/stok beras 20 kg")]
    [InlineData("laku gula limang kilo", "/jual gula 5 kilo")]
    [InlineData("masuk beras selawe kilo", "/masuk beras 25 kilo")]
    [InlineData("geus ngajual tarigu tilu kilo", "/jual tarigu 3 kilo")]                 // Sundanese
    [InlineData("asup beas 2 karung", "/masuk beas 2 karung")]
    [InlineData("sesa tarigu 7 kg", "/stok tarigu 7 kg")]
    [InlineData("laku gula satengah kilo", "/jual gula 0,5 kg")]
    [InlineData("la pajuh berras settong karung", "/jual berras 1 karung")]              // Madurese
    [InlineData("dhateng gula sapolo kilo", "/masuk gula 10 kilo")]
    [InlineData("lah dijua bareh duo kilo", "/jual bareh 2 kilo")]                       // Minangkabau
    [InlineData("tibo minyak duo dus", "/masuk minyak 2 dus")]
    [InlineData("bareh tingga 30 kg", "/stok bareh 30 kg")]
    [InlineData("nunga digadis gula tolu kilo lae", "/jual gula 3 kilo")]                // Batak Toba
    [InlineData("bongot boras 2 karung", "/masuk boras 2 karung")]
    [InlineData("hudah bajual telur sakilo pian", "/jual telur 1 kg")]                   // Banjar
    [InlineData("ribalu mi gula 2 kg puang", "/jual gula 2 kg")]                         // Bugis
    [InlineData("battumi berre tallu karung", "/masuk berre 3 karung")]                  // Makassar
    [InlineData("sisami gula 4 kg daeng", "/stok gula 4 kg")]
    [InlineData("udeh kejual aye gula 2 kg mpok", "/jual gula 2 kg")]                    // Betawi
    [InlineData("suba kaadep baas 5 kg", "/jual baas 5 kg")]                              // Balinese
    [InlineData("ka publoe breuh 2 kg", "/jual breuh 2 kg")]                              // Acehnese
    [InlineData("teuka breuh lhee karung", "/masuk breuh 3 karung")]
    [InlineData("la laku nian gula 2 kilo kak", "/jual gula 2 kilo")]                     // Palembang
    [InlineData("laku telur sikok kilo", "/jual telur 1 kilo")]
    [InlineData("so laku gula 2 kg jo", "/jual gula 2 kg")]                               // Manado
    [InlineData("so maso telor 10 kg", "/masuk telor 10 kg")]
    [InlineData("ta jual minyak 2 liter", "/jual minyak 2 liter")]
    [InlineData("sa su jual beras 3 kg mace", "/jual beras 3 kg")]                        // Papua
    [InlineData("ada halak tuhor gula 2 kg", "/jual gula 2 kg")]                          // someone bought: Batak
    [InlineData("ada nu meuli beas 5 kg", "/jual beas 5 kg")]                             // Sundanese
    [InlineData("tumbas gula dari agen 10 kg", "/masuk gula 10 kg")]                      // the shop buying: Javanese krama
    [InlineData("kejual mie selusin", "/jual mie 1 lusin")]
    [InlineData("laku gula sakkilo", "/jual gula 1 kg")]
    [InlineData("kejual telur stengah kilo", "/jual telur 0,5 kg")]
    // Recap and undo in the regions
    [InlineData("rekape wingi", "/rekap kemarin")]
    [InlineData("laporan dodolan dino iki", "/rekap")]
    [InlineData("rekap kamari atuh", "/rekap kemarin")]
    [InlineData("rekapnyo kapatang uda", "/rekap kemarin")]
    [InlineData("punten, nu bieu bolaykeun", "/batal")]
    [InlineData("apusin yg tadi", "/batal")]
    [InlineData("btl yg td", "/batal")]
    [InlineData("hapuih nan cako", "/batal")]
    [InlineData("assalamualaikum, maeng lku gula 2 kg", "/jual gula 2 kg")]
    [InlineData("kamari isuk dipun sade beras 5 kg", "/jual beras 5 kg")]
    [InlineData("hasil SO tepung 22 kg", "/stok tepung 22 kg")]
    [InlineData("beras tggl 40 kg", "/stok beras 40 kg")]
    // Javanese krama around a report, tens and teens said the krama way, a pack named before its count
    [InlineData("assalamualaikum mas sugeng enjing niki kula badhe lapor wau enjing sampun payu beras kalih kilo nggih matur nuwun", "/jual beras 2 kilo")]
    [InlineData("pak nyuwun sewu nembe lapor sakmenika wau sonten payu gulo setunggal kilo", "/jual gulo 1 kilo")]
    [InlineData("tepung terigu mlebet kalihdasa kilo", "/masuk tepung terigu 20 kilo")]
    [InlineData("stok opname sonten niki beras kantun pitungdasa kilo", "/stok beras 70 kilo")]
    [InlineData("sampun kula etang telur ingkang wonten kantun tigang kilo setengah", "/stok telur 3,5 kilo")]
    [InlineData("ngapunten pak kula nembe ngitung stok migor kantun kalih dus", "/stok migor 2 dus")]
    [InlineData("beras teko sak siji", "/masuk beras 1 sak")]
    [InlineData("beras sak payu setunggal", "/jual beras 1 sak")]
    [InlineData("laku gula kilo 2", "/jual gula 2 kilo")]
    [InlineData("nyuwun tulung rega beras dipun gantos dados tigawelas ewu sekilo miturut rapat pengurus wingi", "/setharga beras 13.000 per kg")]
    [InlineData("regi minyak goreng dipun gantos dados nembelas ewu per liter", "/setharga minyak goreng 16.000 per liter")]
    [InlineData("rekap dinten niki pinten nggih pak", "/rekap")]
    [InlineData("ralat sing wau mboten sah dicatet", "/batal")]
    [InlineData("mboten sios tumbas wau tiyange hapus mawon sing terakhir", "/batal")]
    [InlineData("batal yg terakhir bah, kepencet", "/batal")]
    [InlineData("cek stok sedaya barang nggih", "/stok")]
    [InlineData("pura nabalu gula 1kg", "/jual gula 1kg")]                                // Bugis
    [InlineData("ka trok breuh 2 karung", "/masuk breuh 2 karung")]                       // Acehnese
    [InlineData("berras sè bâdâ sateya ballu' karung", "/stok berras 8 karung")]          // Madurese
    [InlineData("Rekap ari on. Hatop.", "/rekap")]                                        // Batak
    [InlineData("Batal i. Salah ketik.", "/batal")]
    [InlineData("sè gella' salah ka', pabâtal", "/batal")]
    [InlineData("stok skrg apa aja yg tinggal sedikit?", "/stok")]
    // sold at a price from now on, with no amount sold, is the new price
    [InlineData("gula skrg dijual 18rb sekilo ya", "/setharga gula 18.000 per kg")]
    [InlineData("beras sekarung sekarang dijual 310rb", "/setharga beras 310.000 per karung")]
    [InlineData("harga gula skrg 18 ribu/kg ya bli", "/setharga gula 18.000 per kg")]
    // punctuation spelled out by a voice keyboard
    [InlineData("tampilkan stok semua barang titik", "/stok")]
    [InlineData("jual minyak goreng dua liter titik", "/jual minyak goreng 2 liter")]
    [InlineData("terjual telur satu koma lima kilo titik", "/jual telur 1,5 kilo")]
    [InlineData("batalkan yang tadi titik salah input", "/batal")]
    // whether it is still there, and how much is left "per saat ini"
    [InlineData("beras masih ada brp karung?", "/stok beras")]
    [InlineData("Bapak, sisa persediaan beras per saat ini berapa ya?", "/stok beras")]
    [InlineData("beras masih brapa kilo di gudang?", "/stok beras")]
    [InlineData("stok samua barang skarang bagaimana?", "/stok")]
    [InlineData("stok sadayana kumaha? bade tutup", "/stok")]
    [InlineData("kemarin tu pendapatan brapa ee?", "/rekap kemarin")]
    [InlineData("Bot, hari ini katong su jual berapa?", "/rekap")]
    // a part of a unit after a whole amount; "klo" after a number; Madurese dh-spelling; passive "dibeli" with nobody named
    [InlineData("telur tajual satu kilo seperempat", "/jual telur 1,25 kilo")]
    [InlineData("laku gula 1 kilo seperempat", "/jual gula 1,25 kilo")]
    [InlineData("gulpas 3 klo laku", "/jual gulpas 3 kilo")]
    [InlineData("Bherras paju dhuwa' kilo", "/jual Bherras 2 kilo")]
    [InlineData("gula 1 kilo ji dibeli", "/jual gula 1 kilo")]
    [InlineData("gula setengah kg payu gak pake plastik", "/jual gula 0,5 kg")]
    // the goods, "now" and a price per unit, without verb or amount: the new price
    [InlineData("beras mah ayeuna 13rb sakilo nya, tos ditelepon distributor", "/setharga beras 13.000 per kg")]
    [InlineData("rega tellor sateya 29 ebu sakilo", "/setharga tellor 29.000 per kg")]
    // a regional word that is also part of a name stays in the name: So Klin, MinyaKita typed apart
    [InlineData("laku so klin 2 bks", "/jual so klin 2 bks")]
    [InlineData("kejual minyak kita 2 liter", "/jual minyak kita 2 liter")]
    [InlineData("so laku teh 2 bks", "/jual teh 2 bks")]
    public void An_everyday_form_parses_to_the_slash_forms_command(string everyday, string slash)
    {
        var expected = Assert.IsType<ParseResult.Parsed>(CommandParser.Parse(slash)).Command;
        var read = Assert.IsType<ParseResult.Parsed>(CommandParser.Parse(everyday)).Command;

        Assert.False(expected.FromWords);
        Assert.True(read.FromWords);
        Assert.Equal(expected, read with { FromWords = false });
    }

    [Theory]
    [InlineData("jual gula 2 kg")]
    [InlineData("stok beras 50 kg")]
    [InlineData("masuk beras 100 kg @11.500")]
    [InlineData("rekap kemarin")]
    [InlineData("batal")]
    public void The_slash_form_without_its_slash_is_not_from_words(string text)
    {
        var command = Assert.IsType<ParseResult.Parsed>(CommandParser.Parse(text)).Command;

        Assert.False(command.FromWords);
        Assert.Equal(Assert.IsType<ParseResult.Parsed>(CommandParser.Parse("/" + text)).Command, command);
    }
}
