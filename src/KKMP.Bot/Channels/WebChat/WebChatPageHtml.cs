using System.Text.Encodings.Web;

namespace KKMP.Bot.Channels.WebChat;

/// <summary>The page's HTML; style and script are static files under wwwroot/webchat/.</summary>
public static class WebChatPageHtml
{
    public static string Render(string cooperativeName)
    {
        var name = HtmlEncoder.Default.Encode(cooperativeName);
        return $$"""
            <!doctype html>
            <html lang="id">
            <head>
              <meta charset="utf-8">
              <meta name="viewport" content="width=device-width, initial-scale=1">
              <title>{{name}} · Asisten Koperasi</title>
              <link rel="icon" href="data:,">
              <link rel="stylesheet" href="/webchat/app.css">
            </head>
            <body>
              <header class="kop">
                <div class="kop-merah">
                  <p class="kop-label">Asisten Koperasi Desa/Kelurahan Merah Putih</p>
                  <h1 id="nama-koperasi">{{name}}</h1>
                </div>
                <div class="kop-putih">
                  <p>Asisten obrolan untuk anggota, pengelola, dan pengurus koperasi. Tanyakan harga barang di gerai,
                  aturan koperasi beserta Pasal rujukannya, atau catat stok dan penjualan (khusus pengelola).
                  Ketik <code>/bantuan</code> untuk melihat semua perintah.</p>
                </div>
              </header>
              <main>
                <div id="webchat" aria-label="Obrolan dengan asisten koperasi"></div>
                <p id="webchat-gagal" class="gagal" hidden>Maaf, obrolan tidak dapat dimuat. Muat ulang halaman ini sebentar lagi.</p>
                <noscript><p class="gagal">Aktifkan JavaScript untuk memakai obrolan.</p></noscript>
              </main>
              <footer>Jawaban aturan koperasi merujuk UU 25/1992 sebagaimana diubah UU 6/2023. Pastikan keputusan penting dengan pengurus.</footer>
              <script src="/lib/botframework-webchat/webchat.js"></script>
              <script src="/webchat/app.js"></script>
            </body>
            </html>
            """;
    }
}
