<?php
// Router for `php -S`: what Debian's Apache alias and WordPress's .htaccess do. Existing files are
// served as they are (the site's uploads from the harness's own directory, themes from Debian's
// wp-content), every other path goes to index.php so pretty permalinks work.
$_SERVER['WORDPRESS_CONFIG'] = getenv('WORDPRESS_CONFIG');
$path = urldecode(parse_url($_SERVER['REQUEST_URI'], PHP_URL_PATH));
if (strpos($path, '..') !== false) {
    http_response_code(404);
    return true;
}
$types = ['css' => 'text/css', 'js' => 'application/javascript', 'jpg' => 'image/jpeg',
          'png' => 'image/png', 'svg' => 'image/svg+xml', 'pdf' => 'application/pdf',
          'woff2' => 'font/woff2', 'json' => 'application/json'];
$file = null;
if (strpos($path, '/wp-content/uploads/') === 0) {
    $file = getenv('BENCH_UPLOADS') . substr($path, strlen('/wp-content/uploads'));
} elseif (strpos($path, '/wp-content/') === 0) {
    $file = '/var/lib/wordpress' . $path;
}
if ($file !== null) {
    if (!is_file($file)) {
        http_response_code(404);
        return true;
    }
    $ext = strtolower(pathinfo($file, PATHINFO_EXTENSION));
    header('Content-Type: ' . ($types[$ext] ?? 'application/octet-stream'));
    readfile($file);
    return true;
}
$docroot = $_SERVER['DOCUMENT_ROOT'];
if ($path !== '/' && is_file($docroot . $path)) {
    if (substr($path, -4) !== '.php') {
        return false;
    }
    $_SERVER['SCRIPT_NAME'] = $path;
    $_SERVER['SCRIPT_FILENAME'] = $docroot . $path;
    chdir(dirname($docroot . $path));
    require $docroot . $path;
    return true;
}
$_SERVER['SCRIPT_NAME'] = '/index.php';
$_SERVER['SCRIPT_FILENAME'] = $docroot . '/index.php';
chdir($docroot);
require $docroot . '/index.php';
