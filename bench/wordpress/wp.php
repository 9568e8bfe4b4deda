<?php
// The harness's php-cli side, run inside WordPress (wp-load.php):
//   php wp.php install SPEC.json   install in Vietnamese and add the users, terms, posts, comments, pages
//   php wp.php theme NAME          switch the theme
//   php wp.php truth               print what WordPress itself renders, as JSON, for scoring
// The config name and host come from the environment (WORDPRESS_CONFIG, BENCH_HOST).
$_SERVER['WORDPRESS_CONFIG'] = getenv('WORDPRESS_CONFIG');
$_SERVER['HTTP_HOST'] = getenv('BENCH_HOST');
$_SERVER['SERVER_NAME'] = '127.0.0.1';
$_SERVER['REQUEST_URI'] = '/';
$command = $argv[1] ?? '';
if ($command === 'install') {
    define('WP_INSTALLING', true);
}
// No mail on this machine: the install's "new site" notice is not sent.
function wp_new_blog_notification($blog_title, $blog_url, $user_id, $password) {}
require '/usr/share/wordpress/wp-load.php';

if ($command === 'install') {
    require_once ABSPATH . 'wp-admin/includes/upgrade.php';
    $spec = json_decode(file_get_contents($argv[2]), true);
    wp_install($spec['title'], 'quantri', 'quantri@example.invalid', true, '', 'mat-khau-thu-nghiem', 'vi');
    foreach (['WPLANG' => 'vi', 'date_format' => 'd/m/Y', 'time_format' => 'H:i',
              'timezone_string' => 'Asia/Ho_Chi_Minh', 'gmt_offset' => '', 'posts_per_page' => 6,
              'default_comment_status' => 'open', 'thread_comments' => 1, 'comment_moderation' => 0,
              'comment_registration' => 0, 'blogdescription' => $spec['description']] as $k => $v) {
        update_option($k, $v);
    }
    foreach ([1, 2, 3] as $sample) {  // the install's "Hello world" post, sample page, privacy page
        wp_delete_post($sample, true);
    }
    global $wp_rewrite;
    $wp_rewrite->set_permalink_structure('/%year%/%monthnum%/%day%/%postname%/');
    $users = [];
    foreach ($spec['users'] as $login => $name) {
        $users[$name] = wp_insert_user(['user_login' => $login, 'display_name' => $name,
            'nickname' => $name, 'first_name' => $name, 'user_pass' => wp_generate_password(),
            'user_email' => "$login@example.invalid", 'role' => 'author']);
    }
    $cats = [];
    foreach ($spec['categories'] as $name => $slug) {
        $cats[$name] = wp_insert_term($name, 'category', ['slug' => $slug])['term_id'];
    }
    wp_delete_term(1, 'category');  // "Chưa được phân loại" would be every uncategorised post's
    foreach ($spec['posts'] as $p) {
        $id = wp_insert_post(['post_title' => $p['title'], 'post_name' => $p['slug'],
            'post_content' => $p['content'], 'post_excerpt' => $p['excerpt'] ?? '',
            'post_status' => 'publish', 'post_type' => 'post', 'post_date' => $p['date'],
            'post_author' => $users[$p['author']], 'post_category' => [$cats[$p['category']]],
            'tags_input' => $p['tags'], 'comment_status' => 'open'], true);
        if (is_wp_error($id)) {
            fwrite(STDERR, $id->get_error_message() . "\n");
            exit(1);
        }
        foreach ($p['comments'] as $c) {
            wp_insert_comment(['comment_post_ID' => $id, 'comment_author' => $c['author'],
                'comment_author_email' => 'ban-doc@example.invalid', 'comment_content' => $c['text'],
                'comment_date' => $c['date'], 'comment_approved' => 1]);
        }
    }
    foreach ($spec['pages'] as $p) {
        wp_insert_post(['post_title' => $p['title'], 'post_name' => $p['slug'],
            'post_content' => $p['content'], 'post_status' => 'publish', 'post_type' => 'page',
            'post_author' => 1]);
    }
    flush_rewrite_rules(false);
    echo "installed\n";
} elseif ($command === 'theme') {
    switch_theme($argv[2]);
    echo get_stylesheet(), "\n";
} elseif ($command === 'truth') {
    $posts = [];
    foreach (get_posts(['numberposts' => -1, 'post_type' => 'post', 'post_status' => 'publish']) as $p) {
        $GLOBALS['post'] = $p;
        setup_postdata($p);
        $posts[] = ['url' => get_permalink($p), 'title' => get_the_title($p), 'date' => $p->post_date,
            'author' => get_the_author_meta('display_name', $p->post_author),
            'categories' => wp_get_post_categories($p->ID, ['fields' => 'names']),
            'tags' => wp_get_post_tags($p->ID, ['fields' => 'names']),
            'content' => apply_filters('the_content', $p->post_content)];
    }
    $others = [home_url('/')];
    foreach (get_pages() as $page) {
        $others[] = get_permalink($page);
    }
    foreach (get_categories() as $c) {
        $others[] = get_category_link($c);
    }
    foreach (get_tags() as $t) {
        $others[] = get_tag_link($t);
    }
    foreach (get_users(['has_published_posts' => ['post']]) as $u) {
        $others[] = get_author_posts_url($u->ID);
    }
    echo json_encode(['posts' => $posts, 'non_articles' => $others,
                      'timezone' => get_option('timezone_string')], JSON_UNESCAPED_UNICODE);
} else {
    fwrite(STDERR, "usage: php wp.php install SPEC.json | theme NAME | truth\n");
    exit(2);
}
